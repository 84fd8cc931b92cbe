"""The result of an evaluation, as ``shared/spec/README.md`` defines it.

Explanations are rendered when the result is turned into JSON (or asked for), not while
the status is decided: a bulk run that needs only the status and the amounts does not pay
for sentences nobody reads.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from rules.texts import Citation, Lang, Text, dated_links

if TYPE_CHECKING:
    from rules.engine import Ctx
    from rules.scheme import Criterion, Note, Window

__all__ = ["AvailabilityResult", "CriterionResult", "NoteResult", "Result"]


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
    """One criterion's outcome. Its label, citation and facts are read from the criterion
    when asked, so deciding a status costs no more than the status."""

    __slots__ = ("_ctx", "_fixed", "criterion", "status")

    def __init__(self, criterion: Criterion | None, status: str, ctx: Ctx | None) -> None:
        self.criterion = criterion
        self.status = status
        self._ctx = ctx
        self._fixed: tuple[str, Text, Text, Citation] | None = None

    @classmethod
    def fixed(
        cls, criterion_id: str, label: Text, status: str, text: Text, citation: Citation
    ) -> CriterionResult:
        result = cls(None, status, None)
        result._fixed = (criterion_id, label, text, citation)
        return result

    @property
    def id(self) -> str:
        return self._fixed[0] if self._fixed else self.criterion.id  # type: ignore[union-attr]

    @property
    def label(self) -> Text:
        return self._fixed[1] if self._fixed else self.criterion.label  # type: ignore[union-attr]

    @property
    def citation(self) -> Citation:
        return self._fixed[3] if self._fixed else self.criterion.citation  # type: ignore[union-attr]

    @property
    def facts(self) -> tuple[str, ...]:
        if self._fixed or self._ctx is None:
            return ()
        return self._ctx.plan.criterion_facts[self.criterion.id]  # type: ignore[union-attr]

    def explanation(self, lang: Lang | str) -> str:
        from rules.engine import render_text

        lang = Lang(lang)
        if self._fixed is not None:
            return self._fixed[2].get(lang)
        assert self.criterion is not None and self._ctx is not None
        c, ctx = self.criterion, self._ctx
        if self.status == "met":
            text = c.not_applicable if not self.applies and c.not_applicable else c.met
        elif self.status == "not_met":
            text = c.not_met
        else:
            text = c.unknown
        sentence = render_text(text, ctx, lang)
        if self.status == "unknown":
            sentence += _missing_parameters(ctx, c, lang)
        return sentence

    @property
    def applies(self) -> bool:
        """False for a condition met only because it does not apply to this case (shown as
        "not applicable", not as "met")."""
        c, ctx = self.criterion, self._ctx
        if self.status != "met" or c is None or ctx is None or c.applies is None:
            return True
        return c.applies.fn(ctx) is not False

    def would_change(self) -> list[dict[str, Any]]:
        """For a criterion not met or unknown: the bounds on single answers that would
        make it hold (see :mod:`rules.hints`)."""
        if self.status == "met" or self.criterion is None or self._ctx is None:
            return []
        from rules.hints import hints

        return [h.as_dict(self._ctx) for h in hints(self.criterion, self._ctx)]

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "status": self.status,
            "label": self.label.as_dict(),
            "explanation": {"nl": self.explanation(Lang.NL), "en": self.explanation(Lang.EN)},
            "facts": list(self.facts),
            "citation": self.citation.as_dict(),
            "would_change": self.would_change(),
            "applies": self.applies,
        }


def _missing_parameters(ctx: Ctx, criterion: Criterion, lang: Lang) -> str:
    from rules import expr as x

    names = [n for n in ctx.plan.criterion_params[criterion.id] if ctx.params.get(n) is x.UNKNOWN]
    if not names:
        return ""
    labels = ", ".join(ctx.scheme.parameter(n).label.get(lang) for n in names)
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
        from rules.engine import render_text

        return render_text(self.note.text, self._ctx, Lang(lang))

    def as_dict(self) -> dict[str, Any]:
        n = self.note
        return {
            "id": n.id,
            "text": {"nl": self.text(Lang.NL), "en": self.text(Lang.EN)},
            "citation": None if n.citation is None else n.citation.as_dict(),
            "for_advisers": n.for_advisers,
        }


class Result:
    __slots__ = (
        "_ctx",
        "_needed",
        "_notes",
        "_outputs",
        "_receipt",
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
        self._receipt: dict[str, Any] | None = None
        self._ctx = ctx
        self._needed: tuple[str, ...] | None = None

    @property
    def outputs(self) -> dict[str, Any]:
        """The contract's named values (JSON form); computed on first use."""
        if self._outputs is None:
            from rules.engine import dump_outputs

            self._outputs = dump_outputs(self._ctx)
        return self._outputs

    @property
    def receipt(self) -> dict[str, Any]:
        """The engine and scheme versions and every figure used, with period and source."""
        if self._receipt is None:
            from rules.engine import receipt

            self._receipt = receipt(self._ctx)
        return self._receipt

    @property
    def notes(self) -> tuple[NoteResult, ...]:
        """The caveats that apply to this case; decided on first use."""
        if self._notes is None:
            from rules.engine import shown_notes

            self._notes = shown_notes(self._ctx)
        return self._notes

    @property
    def needed_for_outputs(self) -> tuple[str, ...]:
        """Facts that would give the outputs still without a value one (beyond ``missing``)."""
        if self._needed is None:
            from rules.engine import needed_for_outputs

            self._needed = needed_for_outputs(self._ctx, self.outputs, self.missing)
        return self._needed

    def criterion(self, criterion_id: str) -> CriterionResult:
        for c in self.criteria:
            if c.id == criterion_id:
                return c
        raise KeyError(criterion_id)

    def to_json(self) -> dict[str, Any]:
        """The contract's JSON. Every link to the law opens the text valid on ``on``."""
        data = {
            "scheme": self.scheme,
            "on": self.on.isoformat(),
            "status": self.status,
            "availability": self.availability.as_dict(),
            "outputs": dict(self.outputs),
            "criteria": [c.as_dict() for c in self.criteria],
            "missing": list(self.missing),
            "needed_for_outputs": list(self.needed_for_outputs),
            "notes": [n.as_dict() for n in self.notes],
            "receipt": self.receipt,
        }
        linked: dict[str, Any] = dated_links(data, self.on)
        return linked
