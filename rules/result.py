"""The result of an evaluation, in the shape the command line and the HTTP API return.

A :class:`Result` is a value: the status, availability, criteria and missing facts decided
by :func:`rules.engine.evaluate`, and the evaluation's context (:class:`rules.context.Ctx`)
from which its outputs, notes, receipt and sentences are read when asked for. A bulk run
that needs only the status and the amounts does not pay for sentences nobody reads, and a
caller that shows a few outputs computes only those (:meth:`Result.outputs_of`). This
module never imports the engine.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Mapping
from datetime import date
from functools import lru_cache
from typing import Any

from rules import expr as x
from rules.context import Ctx, render_both, render_text
from rules.hints import hints
from rules.scheme import Criterion, Note, OutputKind, Plan, Window
from rules.texts import Citation, Lang, Text, dated_links, dated_url, t

__all__ = [
    "ENGINE_VERSION",
    "MET",
    "NOT_MET",
    "UNKNOWN",
    "AvailabilityResult",
    "CriterionResult",
    "NoteResult",
    "Result",
]

ENGINE_VERSION = "1.0.0"
"""The engine's version, named in every receipt."""

MET, NOT_MET, UNKNOWN = "met", "not_met", "unknown"  # a criterion's status


@lru_cache(maxsize=4096)
def _dated(url: str, on: date) -> str:
    """:func:`rules.texts.dated_url`, once per address and date."""
    return dated_url(url, on)


def _citation(citation: Citation, on: date) -> dict[str, str]:
    """A citation as JSON, its link to the law opening the text valid on ``on``."""
    return {
        "title": citation.title,
        "article": citation.article,
        "url": _dated(citation.url, on),
        "source": citation.source,
    }


_Cited = tuple[str, str, str, str]  # a citation as JSON: title, article, dated link, source


def _cited(citation: Citation, on: date) -> _Cited:
    return (citation.title, citation.article, _dated(citation.url, on), citation.source)


_Fixed = tuple[str, str]  # a sentence without placeholders: Dutch, English


def _fixed(text: Text) -> _Fixed | None:
    return None if "{" in text.nl or "{" in text.en else (text.nl, text.en)


class _Dated:
    """What a scheme's criteria and notes show as JSON that depends only on the date, made
    once per scheme and date: labels, facts, dated citations, and the sentences without
    placeholders (of a criterion: met, and met because it does not apply). Answers only
    choose between these and fill the other sentences."""

    __slots__ = ("criteria", "linkable", "notes")

    def __init__(self, plan: Plan, on: date) -> None:
        self.criteria: dict[
            str, tuple[str, str, tuple[str, ...], _Cited, _Fixed | None, _Fixed | None]
        ]
        self.criteria = {
            c.id: (
                c.label.nl,
                c.label.en,
                plan.criterion_facts[c.id],
                _cited(c.citation, on),
                _fixed(c.met),
                # the sentence of a criterion met because it does not apply
                _fixed(c.met if c.not_applicable is None else c.not_applicable),
            )
            for c in plan.criteria.values()
        }
        # The outputs whose JSON value may hold a link to the law: not amounts, numbers
        # or dates.
        self.linkable = tuple(o.id for o in plan.outputs.values() if o.kind not in _PLAIN_OUTPUTS)
        # Per note: the note itself (a note made per answer is not among them), its
        # sentence when it has no placeholders, and its dated citation.
        self.notes: dict[str, tuple[Note, _Fixed | None, _Cited | None]] = {
            n.id: (n, _fixed(n.text), None if n.citation is None else _cited(n.citation, on))
            for n, _ in plan.notes
        }


_PLAIN_OUTPUTS = (OutputKind.MONEY, OutputKind.DECIMAL, OutputKind.INT, OutputKind.DATE)
_DATES_KEPT = 366  # dates kept per scheme (a year of them); then all are dropped at once


def _dated_json(plan: Plan, on: date) -> _Dated:
    found: _Dated | None = plan.dated_json.get(on)
    if found is None:
        if len(plan.dated_json) >= _DATES_KEPT:
            plan.dated_json.clear()
        found = plan.dated_json[on] = _Dated(plan, on)
    return found


class AvailabilityResult:
    __slots__ = (
        "closed_since",
        "criterion",
        "message",
        "next_window",
        "status",
        "successor",
        "window",
    )

    def __init__(
        self,
        status: str,
        window: str | None,
        next_window: Window | None,
        closed_since: date | None,
        message: Text,
        successor: Text | None,
    ) -> None:
        self.status = status
        self.window = window
        self.next_window = next_window
        self.closed_since = closed_since
        self.message = message
        self.successor = successor
        self.criterion: CriterionResult

    def as_dict(self) -> dict[str, Any]:
        nxt = self.next_window
        return {
            "status": self.status,
            "window": self.window,
            "next_window": None
            if nxt is None
            else {"id": nxt.id, "opens": nxt.opens.isoformat(), "closes": nxt.closes.isoformat()},
            "closed_since": None if self.closed_since is None else self.closed_since.isoformat(),
            "message": self.message.as_dict(),
            "successor": None if self.successor is None else self.successor.as_dict(),
        }


class CriterionResult:
    """One criterion's outcome: a criterion of the scheme (``criterion`` and the
    evaluation's context are kept, to render its sentence when asked), or availability
    (``fixed``: its sentence is decided already)."""

    __slots__ = ("_applies", "_ctx", "_text", "citation", "criterion", "id", "label", "status")

    def __init__(self, criterion: Criterion, status: str, ctx: Ctx) -> None:
        self.criterion: Criterion | None = criterion
        self.id = criterion.id
        self.label = criterion.label
        self.citation = criterion.citation
        self.status = status
        self._ctx: Ctx | None = ctx
        self._text: Text | None = None
        self._applies: bool | None = None

    @classmethod
    def fixed(
        cls, criterion_id: str, label: Text, status: str, text: Text, citation: Citation
    ) -> CriterionResult:
        result = cls.__new__(cls)
        result.criterion, result._ctx, result._text, result._applies = None, None, text, True
        result.id, result.label, result.citation, result.status = (
            criterion_id,
            label,
            citation,
            status,
        )
        return result

    @property
    def facts(self) -> tuple[str, ...]:
        if self.criterion is None or self._ctx is None:
            return ()
        return self._ctx.plan.criterion_facts[self.id]

    def _sentence(self) -> Text:
        """The explanation before its placeholders are filled."""
        c = self.criterion
        if c is None:
            assert self._text is not None
            return self._text
        if self.status == MET:
            return c.not_applicable if not self.applies and c.not_applicable else c.met
        return c.not_met if self.status == NOT_MET else c.unknown

    def explanation(self, lang: Lang | str) -> str:
        lang = lang if type(lang) is Lang else Lang(lang)
        c, ctx = self.criterion, self._ctx
        if c is None or ctx is None:
            return self._sentence().get(lang)
        sentence = render_text(self._sentence(), ctx, lang)
        if self.status == UNKNOWN:
            sentence += _missing_parameters(ctx, c, lang)
        return sentence

    def _explanations(self) -> dict[str, str]:
        """:meth:`explanation` in both languages."""
        c, ctx = self.criterion, self._ctx
        if c is None or ctx is None:
            return self._sentence().as_dict()
        both = render_both(self._sentence(), ctx)
        if self.status == UNKNOWN:
            both["nl"] += _missing_parameters(ctx, c, Lang.NL)
            both["en"] += _missing_parameters(ctx, c, Lang.EN)
        return both

    @property
    def applies(self) -> bool:
        """False for a condition met only because it does not apply to this case (shown as
        "not applicable", not as "met")."""
        found = self._applies
        if found is None:
            c, ctx = self.criterion, self._ctx
            if self.status != MET or c is None or ctx is None or c.applies is None:
                found = True
            else:
                found = c.applies.fn(ctx) is not False
            self._applies = found
        return found

    def would_change(self) -> list[dict[str, Any]]:
        """For a criterion not met or unknown: the bounds on single answers that would
        make it hold (see :mod:`rules.hints`)."""
        if self.status == MET or self.criterion is None or self._ctx is None:
            return []
        return [h.as_dict(self._ctx) for h in hints(self.criterion, self._ctx)]

    def as_dict(self, on: date | None = None) -> dict[str, Any]:
        """The criterion as JSON; with ``on``, its link to the law is dated ``on``."""
        label = self.label
        return {
            "id": self.id,
            "status": self.status,
            "label": {"nl": label.nl, "en": label.en},
            "explanation": self._explanations(),
            "facts": list(self.facts),
            "citation": self.citation.as_dict() if on is None else _citation(self.citation, on),
            "would_change": self.would_change(),
            "applies": self.applies,
        }

    def _json(self, on: date, dated: _Dated) -> dict[str, Any]:
        """:meth:`as_dict` dated ``on``, from the parts made once per scheme and date."""
        if self.criterion is None:  # availability: its sentence is decided already
            label, text = self.label, self._text
            assert text is not None
            return {
                "id": self.id,
                "status": self.status,
                "label": {"nl": label.nl, "en": label.en},
                "explanation": {"nl": text.nl, "en": text.en},
                "facts": [],
                "citation": _citation(self.citation, on),
                "would_change": [],
                "applies": True,
            }
        found = dated.criteria.get(self.id)
        if found is None:
            return self.as_dict(on)
        label_nl, label_en, facts, (title, article, url, source), met, not_applicable = found
        status = self.status
        applies = self.applies
        fixed = (met if applies else not_applicable) if status == MET else None
        return {
            "id": self.id,
            "status": status,
            "label": {"nl": label_nl, "en": label_en},
            "explanation": self._explanations()
            if fixed is None
            else {"nl": fixed[0], "en": fixed[1]},
            "facts": list(facts),
            "citation": {"title": title, "article": article, "url": url, "source": source},
            "would_change": [] if status == MET else self.would_change(),
            "applies": applies,
        }


def _missing_parameters(ctx: Ctx, criterion: Criterion, lang: Lang) -> str:
    names = [n for n in ctx.plan.criterion_params[criterion.id] if ctx.params.get(n) is x.UNKNOWN]
    if not names:
        return ""
    labels = ", ".join(ctx.plan.params[n].label.get(lang) for n in names)
    day = ctx.on.isoformat() if ctx.on else "?"
    if lang == Lang.NL:
        return f" Voor {day} is geen geldende waarde bekend van: {labels}."
    return f" No value valid on {day} is known for: {labels}."


class NoteResult:
    __slots__ = ("_ctx", "note")

    def __init__(self, note: Note, ctx: Ctx) -> None:
        self.note = note
        self._ctx = ctx

    def text(self, lang: Lang | str) -> str:
        return render_text(self.note.text, self._ctx, lang if type(lang) is Lang else Lang(lang))

    def as_dict(self, on: date | None = None) -> dict[str, Any]:
        """The note as JSON; with ``on``, its link to the law is dated ``on``."""
        n = self.note
        citation = n.citation
        return {
            "id": n.id,
            "text": render_both(n.text, self._ctx),
            "citation": None
            if citation is None
            else (citation.as_dict() if on is None else _citation(citation, on)),
            "for_advisers": n.for_advisers,
        }


def _notes_json(notes: list[Note], ctx: Ctx, on: date, dated: _Dated) -> list[dict[str, Any]]:
    """:meth:`NoteResult.as_dict` dated ``on`` for each note, from the parts made once
    per scheme and date."""
    found: list[dict[str, Any]] = []
    prepared = dated.notes
    for n in notes:
        ready = prepared.get(n.id)
        if ready is None or ready[0] is not n:
            found.append(NoteResult(n, ctx).as_dict(on))
            continue
        _, sentence, cited = ready
        found.append(
            {
                "id": n.id,
                "text": render_both(n.text, ctx)
                if sentence is None
                else {"nl": sentence[0], "en": sentence[1]},
                "citation": None
                if cited is None
                else {"title": cited[0], "article": cited[1], "url": cited[2], "source": cited[3]},
                "for_advisers": n.for_advisers,
            }
        )
    return found


class Result:
    """One evaluation's outcome (see :func:`rules.engine.evaluate`)."""

    __slots__ = (
        "_ctx",
        "_gaps",
        "_needed",
        "_notes",
        "_outputs",
        "_receipt",
        "_shown",
        "availability",
        "criteria",
        "missing",
        "on",
        "scheme",
        "status",
    )

    def __init__(
        self,
        scheme: str,
        on: date,
        status: str,
        availability: AvailabilityResult,
        criteria: tuple[CriterionResult, ...],
        missing: tuple[str, ...],
        ctx: Ctx,
    ) -> None:
        self.scheme = scheme
        self.on = on
        self.status = status
        self.availability = availability
        self._outputs: dict[str, Any] | None = None
        self.criteria = criteria
        self.missing = missing
        self._notes: tuple[NoteResult, ...] | None = None
        self._shown: list[Note] | None = None
        self._receipt: dict[str, Any] | None = None
        self._ctx = ctx
        self._needed: tuple[str, ...] | None = None
        self._gaps: dict[str, str] | None = None

    def _gap_states(self) -> dict[str, str]:
        """:meth:`rules.context.Ctx.gap_states`, once."""
        if self._gaps is None:
            self._gaps = self._ctx.gap_states()
        return self._gaps

    @property
    def outputs(self) -> dict[str, Any]:
        """The contract's named values (JSON form); computed on first use."""
        if self._outputs is None:
            ctx = self._ctx
            self._outputs = {key: dump(ctx.output(key)) for key, dump in ctx.plan.output_dumps}
        return self._outputs

    def outputs_of(self, names: Container[str]) -> dict[str, Any]:
        """The outputs among ``names`` as :attr:`outputs` gives them, in the scheme's
        order, a fresh dict; only these are computed (and the outputs they read). A name
        that is no output of the scheme is left out."""
        found = self._outputs
        if found is not None:
            return {key: found[key] for key, _ in self._ctx.plan.output_dumps if key in names}
        ctx = self._ctx
        return {key: dump(ctx.output(key)) for key, dump in ctx.plan.output_dumps if key in names}

    @property
    def receipt(self) -> dict[str, Any]:
        """The engine and scheme versions and every figure used, with period and source;
        for a figure not published yet, the gap, the bound the law gives it and whether
        that bound settled the answer."""
        if self._receipt is None:
            ctx = self._ctx
            figures = ctx.plan.receipt(self.on)
            states = self._gap_states()
            if states:
                figures = dict(figures)
                for param_id, state in states.items():
                    entry = figures[param_id]
                    if entry is not None:
                        figures[param_id] = {**entry, "bound_used": state == "decided"}
            self._receipt = {
                "engine_version": ENGINE_VERSION,
                "scheme_version": ctx.scheme.version,
                "parameters": figures,
            }
        return self._receipt

    @property
    def notes(self) -> tuple[NoteResult, ...]:
        """The caveats that apply to this case; decided on first use."""
        if self._notes is None:
            ctx = self._ctx
            self._notes = tuple(NoteResult(n, ctx) for n in self._shown_notes())
        return self._notes

    def _shown_notes(self) -> list[Note]:
        """The notes :attr:`notes` shows (the scheme's whose condition holds, then one per
        figure not published yet), decided once."""
        if self._shown is None:
            ctx = self._ctx
            shown = [n for n, when in ctx.plan.notes if when is None or when(ctx) is True]
            self._shown = shown + self._gap_notes() if self._gap_states() else shown
        return self._shown

    def _gap_notes(self) -> list[Note]:
        """One plain sentence per figure not published yet that this answer reads: that it
        is missing, and whether the answer can still change by it."""
        ctx = self._ctx
        notes: list[Note] = []
        for param_id, state in self._gap_states().items():
            parameter = ctx.plan.params[param_id]
            texts = parameter.gap_texts
            if texts is None:
                continue
            gap = parameter.gap_on(self.on)
            bounded = gap is not None and (gap.at_least is not None or gap.at_most is not None)
            # Without a bound there is nothing to compare with: say only that it is missing.
            follow = {"decided": texts.decided, "waiting": texts.waiting}.get(state)
            text = (
                texts.missing
                if follow is None or not bounded
                else t(f"{texts.missing.nl} {follow.nl}", f"{texts.missing.en} {follow.en}")
            )
            notes.append(
                Note(
                    id=f"{param_id}_not_published",
                    text=text,
                    citation=None if gap is None else gap.basis,
                )
            )
        return notes

    @property
    def needed_for_outputs(self) -> tuple[str, ...]:
        """Facts that would let an output without a value be computed (amounts, dates),
        beyond those already in ``missing``; in the scheme's declared order."""
        if self._needed is None:
            self._needed = self._facts_for_outputs(self.outputs)
        return self._needed

    def _facts_for_outputs(self, outputs: Mapping[str, Any]) -> tuple[str, ...]:
        if None not in outputs.values():
            return ()
        ctx = self._ctx
        facts, behind = ctx.facts, ctx.plan.output_fact_set
        wanted: set[str] = set()
        for key, value in outputs.items():
            if value is None:
                # Only an unanswered fact is ever blamed: with every fact behind the
                # output answered there is none to find.
                read = behind[key]
                if facts.keys() >= read:
                    for fact_id in read:
                        if facts[fact_id] is x.UNKNOWN:
                            break
                    else:
                        continue
                wanted |= ctx.blame_output(key)
        wanted -= set(self.missing)
        return tuple(sorted(wanted, key=ctx.plan.fact_rank.__getitem__))

    def criterion(self, criterion_id: str) -> CriterionResult:
        for c in self.criteria:
            if c.id == criterion_id:
                return c
        raise KeyError(criterion_id)

    def to_json(self) -> dict[str, Any]:
        """The contract's JSON, a fresh copy. Every link to the law opens the text valid
        on ``on``."""
        on = self.on
        dated = _dated_json(self._ctx.plan, on)
        return {
            "scheme": self.scheme,
            "on": on.isoformat(),
            "status": self.status,
            "availability": self.availability.as_dict(),
            "outputs": self._dated_outputs(dated.linkable),
            "criteria": [c._json(on, dated) for c in self.criteria],
            "missing": list(self.missing),
            "needed_for_outputs": list(self.needed_for_outputs),
            "notes": _notes_json(self._shown_notes(), self._ctx, on, dated),
            "receipt": self._dated_receipt(),
        }

    def _dated_outputs(self, linkable: tuple[str, ...]) -> dict[str, Any]:
        """:attr:`outputs` as JSON, a copy: a link to the law among them dated ``on``."""
        found = {**self.outputs}
        for key in linkable:
            found[key] = _dated_value(found[key], self.on)
        return found

    def _dated_receipt(self) -> dict[str, Any]:
        """:attr:`receipt` as JSON, a copy: every source's link dated ``on``."""
        on, plan = self.on, self._ctx.plan
        dated = plan.dated_receipts.get(on)
        if dated is None:
            dated = plan.dated_receipts[on] = tuple(
                (param_id, None, _same)
                if entry is None
                else _frozen({k: _dated_value(v, on) for k, v in entry.items()}, param_id)
                for param_id, entry in plan.receipt(on).items()
            )
        figures = {param_id: copy(found) for param_id, found, copy in dated}
        for param_id, state in self._gap_states().items():
            if figures[param_id] is not None:
                figures[param_id]["bound_used"] = state == "decided"
        return {
            "engine_version": ENGINE_VERSION,
            "scheme_version": self._ctx.scheme.version,
            "parameters": figures,
        }


def _dated_value(value: Any, on: date) -> Any:
    """A value as JSON, a copy: a link to the law among the values is dated ``on``."""
    kind = type(value)
    if kind is str:
        return _dated(value, on) if value.startswith(_WETTEN) else value
    if kind is dict or kind is list:
        return dated_links(value, on)
    return value


_WETTEN = "https://wetten.overheid.nl/"


_Copy = Callable[[Any], Any]


def _frozen(entry: dict[str, Any], param_id: str) -> tuple[str, dict[str, Any], _Copy]:
    """A receipt entry kept to be copied per answer, with the copy to make of it: of a
    flat entry at once, of a nested one (a table) by a copier made for its shape."""
    return param_id, entry, _copier(entry)


def _copier(value: Any) -> _Copy:
    """A deep copy of ``value`` and of nothing else: made for the shape of a kept value that
    is never changed (every answer gets a copy), it copies only the dicts and lists in it,
    rows of plain values at once."""
    if type(value) is dict:
        nested = tuple(
            (k, _copier(v)) for k, v in value.items() if type(v) is dict or type(v) is list
        )
        if not nested:
            return _flat_dict

        def copy_dict(found: dict[str, Any]) -> dict[str, Any]:
            copied = {**found}
            for key, copy in nested:
                copied[key] = copy(found[key])
            return copied

        return copy_dict
    if type(value) is list:
        if all(type(v) is not dict and type(v) is not list for v in value):
            return list
        if all(type(v) is dict and _copier(v) is _flat_dict for v in value):
            return _flat_rows
        items = tuple(_copier(v) for v in value)
        return lambda found: [copy(v) for copy, v in zip(items, found, strict=True)]
    return _same


def _flat_dict(found: dict[str, Any]) -> dict[str, Any]:
    return {**found}


def _flat_rows(found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{**row} for row in found]


def _same(found: Any) -> Any:
    return found
