"""Reading scheme folders: the law as data files beside a short logic module.

Each scheme is one folder ``rules/schemes/<id>/``::

    scheme.yaml      what the scheme is: titles, audience, legal basis, availability and
                     windows, what it leaves out, and the sources (citations) by name
    facts.yaml       the questions, in the order they are asked (``common`` for a shared one)
    parameters.yaml  the dated figures, each period with its source; gaps and rhythms
    texts.yaml       per criterion, output, note and constraint: what people read, by id
    logic.py         the expressions: ``CRITERIA``, ``OUTPUTS``, ``NOTES``, ``CONSTRAINTS``
    scenarios.yaml   worked cases (the tests read them)
    web.yaml         what the web offers with it: topic, next steps, documents, pictures
    __init__.py      empty; makes ``logic`` importable

``rules/schemes/_common/`` holds what several schemes share (facts, parameters, notes,
sources, and logic helpers); a scheme names a shared piece with the word ``common``.

The loader joins the data and the logic by id and builds the :class:`~rules.scheme.Scheme`
models, which check themselves. It never raises for a broken folder: every problem is
collected with the file and the key it is about, the scheme is left out, and
``rules.validate_registry`` reports the problems (the Django system check stops start-up
on them). Scheme data is read once, when :mod:`rules` is imported; evaluation does no I/O.
"""

from __future__ import annotations

import functools
import importlib
import itertools
import string
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from pathlib import Path
from types import ModuleType
from typing import Any, Literal, NamedTuple, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, TypeAdapter, ValidationError

from rules import expr as x
from rules.errors import FactIssue
from rules.facts import NO_DEFAULT, Audience, Choice, FactDefinition
from rules.parameters import CohortTable, Gap, GapTexts, Parameter, Period, Rhythm
from rules.scheme import (
    AvailabilityRule,
    Constraint,
    Criterion,
    Note,
    Output,
    OutputKind,
    Scheme,
    Window,
)
from rules.texts import Citation, Text

__all__ = [
    "COMMON",
    "LOGIC",
    "SCHEMES_DIR",
    "CommonWeb",
    "Folder",
    "Here",
    "Limited",
    "LoadResult",
    "SchemeWeb",
    "limited",
    "load_folders",
]

SCHEMES_DIR = Path(__file__).parent / "schemes"
COMMON = "common"  # the word a scheme file uses for a piece of ``_common/``
LOGIC = "logic"  # a parameter derived in logic.py (``PARAMETERS``) from the folder's data

_PIECES = {
    "scheme.yaml": True,
    "facts.yaml": True,
    "texts.yaml": True,
    "logic.py": True,
    "scenarios.yaml": True,
    "__init__.py": True,
    "parameters.yaml": False,
    "web.yaml": False,
}
_IGNORED = {"__pycache__"}

_Strict = ConfigDict(frozen=True, extra="forbid")

Source = str | Citation  # a name from `sources`, or the citation written in place


class Limited(NamedTuple):
    """A criterion's test that holds only where ``applies`` does (elsewhere: not applicable)."""

    test: x.Expr
    applies: x.Expr


def limited(test: x.Expr, *, applies: x.Expr) -> Limited:
    return Limited(test, applies)


# The files, as pydantic models: an unknown or missing key is named by the validation error.


class _WindowSpec(BaseModel):
    """A window as written; ``group`` and ``source`` are for the scheme's logic (a window
    open to one kind of applicant only, and the text that sets it)."""

    model_config = _Strict
    id: str
    opens: date
    closes: date
    group: str | None = None
    source: Source | None = None

    def window(self) -> Window:
        return Window(id=self.id, opens=self.opens, closes=self.closes)


class _AvailabilitySpec(BaseModel):
    model_config = _Strict
    source: Source
    in_force_from: date
    in_force_to: date | None = None
    windows: tuple[_WindowSpec, ...] = ()
    windows_known_until: date | None = None
    windows_rhythm: Rhythm | None = None
    unknown_spans: tuple[_WindowSpec, ...] = ()
    before_text: Text | None = None
    successor: Text | None = None
    unknown_text: Text | None = None
    window_label: Text | None = None


class _SchemeFile(BaseModel):
    model_config = _Strict
    id: str
    version: str
    title: Text
    summary: Text
    eligible_means: Text
    audience: tuple[Audience, ...]
    legal_basis: Source
    not_assessed: tuple[Text, ...] = ()
    availability: _AvailabilitySpec
    sources: dict[str, Citation] = {}


class _PeriodSpec(BaseModel):
    model_config = _Strict
    start: date
    end: date | None = None
    value: Any
    source: Source


class _GapSpec(BaseModel):
    model_config = _Strict
    start: date | None
    end: date | None = None
    expected: date | None = None
    at_least: Any = None
    at_most: Any = None
    basis: Source | None = None


Unit = Literal["money", "decimal", "percent", "int", "years", "date", "bool", "text", "table"]


class _ParameterSpec(BaseModel):
    model_config = _Strict
    label: Text
    unit: Unit = "decimal"
    periods: tuple[_PeriodSpec, ...]
    gaps: tuple[_GapSpec, ...] = ()
    never_falls: Source | None = None
    rhythm: Rhythm | None = None
    gap_texts: GapTexts | None = None


class _CriterionTexts(BaseModel):
    model_config = _Strict
    source: Source
    label: Text
    met: Text
    not_met: Text
    unknown: Text
    not_applicable: Text | None = None


class _OutputSpec(BaseModel):
    model_config = _Strict
    kind: OutputKind
    label: Text
    places: int = 4
    choices: tuple[Choice, ...] = ()


class _NoteSpec(BaseModel):
    model_config = _Strict
    text: Text
    source: Source | None = None
    for_advisers: bool = False


class _ConstraintSpec(BaseModel):
    model_config = _Strict
    fact: str
    message: Text


class _TextsFile(BaseModel):
    model_config = _Strict
    criteria: dict[str, _CriterionTexts]
    outputs: dict[str, _OutputSpec] = {}
    notes: dict[str, _NoteSpec | Literal["common"]] = {}
    constraints: dict[str, _ConstraintSpec] = {}


class _Topic(BaseModel):
    """A question in the person's words (``_common/web.yaml``); the schemes that answer it
    name it in their ``web.yaml``."""

    model_config = _Strict
    id: str
    label: Text
    audiences: tuple[Audience, ...]


class CommonWeb(BaseModel):
    """``_common/web.yaml``: the topics and situations of the questionnaire, in the order
    they are offered, and the documents that prove the shared facts."""

    model_config = _Strict
    topics: tuple[_Topic, ...] = ()
    situations: tuple[_Topic, ...] = ()
    documents: dict[str, tuple[str, ...]] = {}


class NextSteps(BaseModel):
    model_config = _Strict
    body: Text
    steps: tuple[Text, ...]
    documents: tuple[Text, ...] = ()
    link: str | None = None


class Carry(BaseModel):
    """One answer a follow-up check starts with: a copy of an answer (``answer``), the
    first day of the reference month (``month_start``), or a fixed ``value`` unless an
    answer says otherwise (``unless``: fact -> the answer that rules it out)."""

    model_config = _Strict
    answer: str | None = None
    month_start: bool = False
    value: Any = None
    unless: dict[str, Any] = {}


class FollowUp(BaseModel):
    """The check a result leads on to when its output ``when`` is true."""

    model_config = _Strict
    scheme: str
    when: str
    carry: dict[str, Carry] = {}


class Headline(BaseModel):
    """The outcome in one sentence for the first case that fits: its ``status``, outputs
    that are true or have a value, and answers. ``{output}`` placeholders are filled with the
    output as people read it (an amount, a date); each names an output listed in
    ``outputs_present`` (or ``outputs_true``), so the headline fits only when it has a value."""

    model_config = _Strict
    status: tuple[str, ...] = ()
    outputs_true: tuple[str, ...] = ()
    outputs_present: tuple[str, ...] = ()
    answers: dict[str, Any] = {}
    text: Text


class TimelineEvent(BaseModel):
    """A dated step: the reference date, an output or an answer that is a date."""

    model_config = _Strict
    id: str
    label: Text
    reference_date: bool = False
    output: str | None = None
    answer: str | None = None


class Bar(BaseModel):
    """An amount against a limit within a whole, and what results (outputs by id)."""

    model_config = _Strict
    value: str
    limit: str
    whole: str
    result: str | None = None


class Pictures(BaseModel):
    model_config = _Strict
    timeline: tuple[TimelineEvent, ...] = ()
    calendar: bool = False  # the timeline is also offered as a calendar file
    bar: Bar | None = None


class SchemeWeb(BaseModel):
    """A scheme's ``web.yaml``: what the web offers with its result."""

    model_config = _Strict
    topics: tuple[str, ...] = ()
    situations: tuple[str, ...] = ()
    next_steps: NextSteps | None = None
    documents: dict[str, tuple[str, ...]] = {}  # fact -> the documents that prove it
    pictures: Pictures = Pictures()
    amounts_up_front: bool = False  # ask the facts behind the amounts with the others
    follow_up: FollowUp | None = None
    headlines: tuple[Headline, ...] = ()


_FACT: TypeAdapter[Any] = TypeAdapter(FactDefinition)
_M = TypeVar("_M", bound=BaseModel)


class _Problem(Exception):
    """One thing wrong with a folder, named by file and key."""


@dataclass
class Common:
    """The shared pieces of ``_common/``."""

    sources: dict[str, Citation] = field(default_factory=dict)
    facts: dict[str, Any] = field(default_factory=dict)
    parameters: dict[str, Parameter] = field(default_factory=dict)
    notes: dict[str, Note] = field(default_factory=dict)
    web: CommonWeb = field(default_factory=CommonWeb)


@dataclass
class Folder:
    """One scheme folder as read from disk, before its pieces are joined."""

    path: Path
    scheme: dict[str, Any]
    facts: dict[str, Any]
    parameters: dict[str, Any]
    texts: dict[str, Any]
    web: dict[str, Any]
    logic: ModuleType | None

    @property
    def id(self) -> str:
        return self.path.name


@dataclass
class LoadResult:
    schemes: list[Scheme] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    web: dict[str, SchemeWeb] = field(default_factory=dict)  # per scheme: its web.yaml
    common_web: CommonWeb = field(default_factory=CommonWeb)


class Here:
    """What a scheme's logic may read from its own folder: the windows of ``scheme.yaml``
    (with their ``group`` and ``source``; :meth:`cite` resolves a source) and its named
    sources. Use it as
    ``here = Here(__file__)`` in ``logic.py``."""

    def __init__(self, logic_file: str) -> None:
        path = Path(logic_file).parent
        where = f"rules/schemes/{path.name}/scheme.yaml"
        head = _model(_SchemeFile, _yaml_file(path / "scheme.yaml", where) or {}, where)
        common = _read_common(path.parent / "_common")
        self.sources: dict[str, Citation] = {**common.sources, **head.sources}
        self.availability = head.availability

    @property
    def windows(self) -> tuple[_WindowSpec, ...]:
        return self.availability.windows

    def cite(self, key: Source) -> Citation:
        return _cite(self.sources, key, "logic.py")


def read_yaml(path: Path) -> Any:
    """A YAML file as plain data (dates as ``date``; quote a key named ``on``)."""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)


def load_folders(
    root: Path = SCHEMES_DIR,
    order: Callable[[str], Any] | None = None,
    import_logic: Callable[[Path], ModuleType] | None = None,
) -> LoadResult:
    """Every scheme folder under ``root``, built; the problems of those that fail."""
    result = LoadResult()
    try:
        common = _read_common(root / "_common")
    except _Problem as problem:
        result.problems.append(str(problem))
        return result
    folders = sorted(
        (p for p in root.iterdir() if p.is_dir() and not p.name.startswith(("_", "."))),
        key=lambda p: order(p.name) if order else p.name,
    )
    for path in folders:
        try:
            folder = _read_folder(path, import_logic or _import_logic)
            scheme = build(folder, common)
            web = _web(folder.web, scheme, common.web, f"rules/schemes/{folder.id}/web.yaml")
        except _Problem as problem:
            result.problems.append(str(problem))
            continue
        result.schemes.append(scheme)
        result.web[scheme.id] = web
    result.common_web = common.web
    return result


def _import_logic(path: Path) -> ModuleType:
    return importlib.import_module(f"rules.schemes.{path.name}.logic")


def _where(path: Path, name: str) -> str:
    return f"rules/schemes/{path.parent.name}/{name}" if path.is_dir() else str(path)


@functools.lru_cache(maxsize=4)
def _read_common(path: Path) -> Common:
    common = Common()
    if not path.is_dir():
        return common
    name = "rules/schemes/_common"
    sources = _yaml_file(path / "sources.yaml", f"{name}/sources.yaml") or {}
    for key, raw in sources.items():
        common.sources[key] = _model(Citation, raw, f"{name}/sources.yaml: {key}")
    for key, raw in (_yaml_file(path / "facts.yaml", f"{name}/facts.yaml") or {}).items():
        common.facts[key] = _fact(key, raw, f"{name}/facts.yaml: {key}")
    for key, raw in (_yaml_file(path / "parameters.yaml", f"{name}/parameters.yaml") or {}).items():
        where = f"{name}/parameters.yaml: {key}"
        common.parameters[key] = _parameter(key, raw, common.sources, where)
    for key, raw in (_yaml_file(path / "notes.yaml", f"{name}/notes.yaml") or {}).items():
        spec = _model(_NoteSpec, raw, f"{name}/notes.yaml: {key}")
        common.notes[key] = _note(key, spec, None, common.sources, f"{name}/notes.yaml: {key}")
    web = _yaml_file(path / "web.yaml", f"{name}/web.yaml") or {}
    common.web = _model(CommonWeb, web, f"{name}/web.yaml")
    return common


def _yaml_file(path: Path, where: str) -> Any:
    if not path.exists():
        return None
    try:
        return read_yaml(path)
    except yaml.YAMLError as error:
        raise _Problem(f"{where}: not valid YAML ({error})") from None


def _read_folder(path: Path, import_logic: Callable[[Path], ModuleType]) -> Folder:
    where = f"rules/schemes/{path.name}"
    present = {p.name for p in path.iterdir()} - _IGNORED
    missing = sorted(name for name, required in _PIECES.items() if required and name not in present)
    unknown = sorted(present - set(_PIECES))
    if missing or unknown:
        parts = []
        if missing:
            parts.append("missing " + ", ".join(missing))
        if unknown:
            parts.append(
                "unknown " + ", ".join(unknown) + f" (a folder holds {', '.join(_PIECES)})"
            )
        raise _Problem(f"{where}: " + "; ".join(parts))
    data = {
        name: _yaml_file(path / f"{name}.yaml", f"{where}/{name}.yaml") or {}
        for name in ("scheme", "facts", "parameters", "texts", "web")
    }
    for name, value in data.items():
        if not isinstance(value, dict):
            raise _Problem(f"{where}/{name}.yaml: must be a mapping of names to entries")
    try:
        logic = import_logic(path)
    except Exception as error:
        raise _Problem(
            f"{where}/logic.py: cannot be imported ({type(error).__name__}: {error})"
        ) from None
    return Folder(
        path, data["scheme"], data["facts"], data["parameters"], data["texts"], data["web"], logic
    )


def build(folder: Folder, common: Common) -> Scheme:
    """Join a folder's data and logic into a :class:`Scheme` (raises :class:`_Problem`)."""
    where = f"rules/schemes/{folder.id}"
    head = _model(_SchemeFile, folder.scheme, f"{where}/scheme.yaml")
    if head.id != folder.id:
        raise _Problem(f"{where}/scheme.yaml: id {head.id!r} is not the folder's name")
    sources = {**common.sources, **head.sources}

    def cite(key: Source, at: str) -> Citation:
        return _cite(sources, key, at)

    facts = tuple(
        _shared(common.facts, key, f"{where}/facts.yaml")
        if raw == COMMON
        else _fact(key, raw, f"{where}/facts.yaml: {key}")
        for key, raw in folder.facts.items()
    )
    derived = _logic_table(folder.logic, "PARAMETERS", where, Parameter)
    parameters = tuple(
        _shared(common.parameters, key, f"{where}/parameters.yaml")
        if raw == COMMON
        else _shared(derived, key, f"{where}/parameters.yaml", "logic.py PARAMETERS")
        if raw == LOGIC
        else _parameter(key, raw, sources, f"{where}/parameters.yaml: {key}")
        for key, raw in folder.parameters.items()
    )
    texts = _model(_TextsFile, folder.texts, f"{where}/texts.yaml")
    logic = folder.logic
    tests = _logic_table(logic, "CRITERIA", where)
    exprs = _logic_table(logic, "OUTPUTS", where)
    conditions = _logic_table(logic, "NOTES", where)
    checks = _logic_table(logic, "CONSTRAINTS", where)
    _same_ids("criteria", tests, texts.criteria, where)
    _same_ids("outputs", exprs, texts.outputs, where)
    _same_ids("constraints", checks, texts.constraints, where)
    for key in conditions:
        if key not in texts.notes:
            raise _Problem(
                f"{where}/logic.py: NOTES names {key!r}, which has no text in texts.yaml"
            )

    criteria = []
    for key, test in tests.items():
        spec = texts.criteria[key]
        at = f"{where}/texts.yaml: criteria.{key}"
        main, applies = (test.test, test.applies) if isinstance(test, Limited) else (test, None)
        criteria.append(
            _built(
                Criterion,
                at,
                id=key,
                label=spec.label,
                test=main,
                citation=cite(spec.source, at),
                met=spec.met,
                not_met=spec.not_met,
                unknown=spec.unknown,
                applies=applies,
                not_applicable=spec.not_applicable,
            )
        )
    outputs = [
        _built(
            Output,
            f"{where}/texts.yaml: outputs.{key}",
            id=key,
            kind=texts.outputs[key].kind,
            expr=expr,
            label=texts.outputs[key].label,
            places=texts.outputs[key].places,
            choices=texts.outputs[key].choices,
        )
        for key, expr in exprs.items()
    ]
    notes: list[Note] = []
    for key, note_spec in texts.notes.items():
        if isinstance(note_spec, _NoteSpec):
            at = f"{where}/texts.yaml: notes.{key}"
            notes.append(_note(key, note_spec, conditions.get(key), sources, at))
            continue
        note: Note = _shared(common.notes, key, f"{where}/texts.yaml: notes")
        if key in conditions:
            note = note.model_copy(update={"when": conditions[key]})
        notes.append(note)
    constraints = [
        _built(
            Constraint,
            f"{where}/texts.yaml: constraints.{key}",
            id=key,
            fact=texts.constraints[key].fact,
            test=test,
            message=texts.constraints[key].message,
        )
        for key, test in checks.items()
    ]
    a = head.availability
    at = f"{where}/scheme.yaml: availability"
    optional = {
        k: v
        for k, v in {
            "before_text": a.before_text,
            "window_label": a.window_label,
        }.items()
        if v is not None
    }
    availability = _built(
        AvailabilityRule,
        at,
        citation=cite(a.source, at),
        in_force_from=a.in_force_from,
        in_force_to=a.in_force_to,
        windows=tuple(w.window() for w in a.windows),
        windows_known_until=a.windows_known_until,
        windows_rhythm=a.windows_rhythm,
        unknown_spans=tuple(w.window() for w in a.unknown_spans),
        successor=a.successor,
        unknown_text=a.unknown_text,
        **optional,
    )
    return _built(
        Scheme,
        f"{where}",
        id=head.id,
        version=head.version,
        title=head.title,
        summary=head.summary,
        eligible_means=head.eligible_means,
        audience=head.audience,
        legal_basis=cite(head.legal_basis, f"{where}/scheme.yaml: legal_basis"),
        facts=facts,
        parameters=parameters,
        criteria=tuple(criteria),
        outputs=tuple(outputs),
        notes=tuple(notes),
        constraints=tuple(constraints),
        availability=availability,
        not_assessed=head.not_assessed,
    )


def _web(raw: Any, scheme: Scheme, common: CommonWeb, where: str) -> SchemeWeb:
    """A scheme's web.yaml, its ids checked against the scheme and the shared topics."""
    web = _model(SchemeWeb, raw, where)
    topics = {t.id for t in common.topics}
    situations = {s.id for s in common.situations}
    outputs = {o.id for o in scheme.outputs}
    facts = {f.id for f in scheme.facts}
    wrong = [f"topic {t!r}" for t in web.topics if t not in topics]
    wrong += [f"situation {s!r}" for s in web.situations if s not in situations]
    wrong += [f"documents: fact {f!r}" for f in web.documents if f not in facts]
    named = [h.outputs_true + h.outputs_present for h in web.headlines]
    named += [tuple(e.output for e in web.pictures.timeline if e.output)]
    if web.pictures.bar is not None:
        bar = web.pictures.bar
        named.append((bar.value, bar.limit, bar.whole, *([bar.result] if bar.result else [])))
    if web.follow_up is not None:
        named.append((web.follow_up.when,))
    wrong += [f"output {o!r}" for ids in named for o in ids if o not in outputs]
    answered = [f for h in web.headlines for f in h.answers]
    answered += [e.answer for e in web.pictures.timeline if e.answer]
    wrong += [f"fact {f!r}" for f in answered if f not in facts]
    problems = ["unknown " + ", ".join(wrong)] if wrong else []
    problems += _headline_fields(web.headlines, outputs)
    if problems:
        raise _Problem(f"{where}: " + "; ".join(problems))
    return web


def _headline_fields(headlines: tuple[Headline, ...], outputs: set[str]) -> list[str]:
    """What a headline's text names that could not be filled where it is shown.

    The presenter fills a headline's ``{name}`` with the output ``name`` as people read it,
    a string, and raises for a name that is no output of the scheme or an output without a
    value. So a field is a bare ``{output}`` (no format spec, no conversion), and the output
    is one the headline only fits with a value: named in its ``outputs_present`` (or
    ``outputs_true``).
    """
    found: list[str] = []
    for i, case in enumerate(headlines):
        guarded = {*case.outputs_present, *case.outputs_true}
        for lang, template in (("nl", case.text.nl), ("en", case.text.en)):
            key = f"headlines.{i}.text.{lang}"
            try:
                fields = [
                    (name, spec, conversion)
                    for _, name, spec, conversion in string.Formatter().parse(template)
                    if name is not None
                ]
            except ValueError as error:
                found.append(f"{key}: {error}")
                continue
            for name, spec, conversion in fields:
                if spec or conversion is not None or not name.isidentifier():
                    written = name + ("" if conversion is None else f"!{conversion}")
                    written = "{" + written + (f":{spec}" if spec else "") + "}"
                    found.append(f"{key}: has {written}; a headline reads {{output}} only")
                elif name not in outputs:
                    found.append(f"{key}: names {{{name}}}, which is no output of the scheme")
                elif name not in guarded:
                    found.append(
                        f"{key}: names {{{name}}}, which may have no value; "
                        "list it in outputs_present"
                    )
    return found


def _logic_table(
    logic: ModuleType | None,
    name: str,
    where: str,
    kind: type | tuple[type, ...] = (x.Expr, Limited),
) -> dict[str, Any]:
    table = getattr(logic, name, {})
    if not isinstance(table, Mapping):
        raise _Problem(f"{where}/logic.py: {name} must be a dict of id to expression")
    for key, value in table.items():
        if not isinstance(value, kind):
            raise _Problem(f"{where}/logic.py: {name}[{key!r}] is not an expression")
    return dict(table)


def _same_ids(kind: str, logic: Mapping[str, Any], texts: Mapping[str, Any], where: str) -> None:
    without_text = [k for k in logic if k not in texts]
    without_logic = [k for k in texts if k not in logic]
    if without_text:
        raise _Problem(
            f"{where}/texts.yaml: {kind} {', '.join(without_text)} (in logic.py) have no texts"
        )
    if without_logic:
        raise _Problem(
            f"{where}/logic.py: {kind} {', '.join(without_logic)} (in texts.yaml) have no expression"
        )


def _cite(sources: Mapping[str, Citation], key: Source, where: str) -> Citation:
    if isinstance(key, Citation):
        return key
    if key not in sources:
        raise _Problem(f"{where}: source {key!r} is not in scheme.yaml `sources` nor in _common")
    return sources[key]


def _shared(
    table: Mapping[str, Any], key: str, where: str, home: str = "rules/schemes/_common"
) -> Any:
    if key not in table:
        raise _Problem(f"{where}: {key!r} is marked as coming from {home}, which has none")
    return table[key]


def _model(model: type[_M], raw: Any, where: str) -> _M:
    try:
        return model.model_validate(raw)
    except ValidationError as error:
        raise _Problem(f"{where}: {_errors(error)}") from None


def _built(model: type[_M], where: str, **values: Any) -> _M:
    try:
        return model(**values)
    except (ValidationError, ValueError) as error:
        detail = _errors(error) if isinstance(error, ValidationError) else str(error)
        raise _Problem(f"{where}: {detail}") from None


def _errors(error: ValidationError) -> str:
    return "; ".join(
        f"{'.'.join(str(p) for p in e['loc']) or 'the entry'}: {e['msg']}" for e in error.errors()
    )


def _fact(key: str, raw: Any, where: str) -> Any:
    if not isinstance(raw, dict):
        raise _Problem(f"{where}: a fact is a mapping (or the word common)")
    try:
        fact = _FACT.validate_python({"id": key, **raw})
    except ValidationError as error:
        raise _Problem(f"{where}: {_errors(error)}") from None
    if fact.default is None or fact.default is NO_DEFAULT:
        return fact
    # A default is written the way an answer is, and read by the fact's own parser.
    try:
        return fact.model_copy(update={"default": fact.parse(fact.default)})
    except FactIssue as issue:
        raise _Problem(
            f"{where}: default {fact.default!r} is no valid answer ({issue.code})"
        ) from None


def _note(
    key: str, spec: _NoteSpec, when: x.Expr | None, sources: Mapping[str, Citation], where: str
) -> Note:
    return _built(
        Note,
        where,
        id=key,
        text=spec.text,
        when=when,
        citation=None if spec.source is None else _cite(sources, spec.source, where),
        for_advisers=spec.for_advisers,
    )


def _parameter(key: str, raw: Any, sources: Mapping[str, Citation], where: str) -> Parameter:
    spec = _model(_ParameterSpec, raw, where)

    def cite(name: Source | None, at: str) -> Citation | None:
        return None if name is None else _cite(sources, name, at)

    # A period without an end runs until the day before the next one starts (the last one
    # without an end has no end): a new half-year's figure is one line.
    starts = sorted(p.start for p in spec.periods)
    following = dict(itertools.pairwise(starts))
    periods = tuple(
        _built(
            Period,
            f"{where}: period from {p.start}",
            start=p.start,
            end=p.end
            if p.end is not None or p.start not in following
            else following[p.start] - timedelta(days=1),
            value=value(spec.unit, p.value, f"{where}: period from {p.start}"),
            citation=cite(p.source, f"{where}: period from {p.start}"),
        )
        for p in spec.periods
    )
    gaps = tuple(
        _built(
            Gap,
            f"{where}: gap from {g.start}",
            start=g.start,
            end=g.end,
            expected=g.expected,
            at_least=None if g.at_least is None else value(spec.unit, g.at_least, where),
            at_most=None if g.at_most is None else value(spec.unit, g.at_most, where),
            basis=cite(g.basis, f"{where}: gap from {g.start}"),
        )
        for g in spec.gaps
    )
    return _built(
        Parameter,
        where,
        id=key,
        label=spec.label,
        unit=spec.unit,
        periods=periods,
        gaps=gaps,
        never_falls=cite(spec.never_falls, f"{where}: never_falls"),
        rhythm=spec.rhythm,
        gap_texts=spec.gap_texts,
    )


def value(unit: str, raw: Any, where: str) -> Any:
    """A figure as written in a parameters file, in engine units.

    Money is written in euros (``"290.67"``) and becomes eurocents; a decimal or a
    percentage is written as text (``"0.875"``) and stays exact; a float is refused.
    """
    if isinstance(raw, float):
        raise _Problem(f"{where}: write {raw} in quotes, so it stays exact")
    if unit == "money":
        try:
            cents = Decimal(str(raw)) * 100
        except InvalidOperation:
            raise _Problem(f"{where}: {raw!r} is not an amount in euros") from None
        if cents != cents.to_integral_value():
            raise _Problem(f"{where}: {raw!r} has more than two decimals")
        return int(cents)
    if unit in ("decimal", "percent") and isinstance(raw, str):
        try:
            return Decimal(raw)
        except InvalidOperation:
            raise _Problem(f"{where}: {raw!r} is not a number") from None
    if unit == "table":
        return _model(CohortTable, raw, where)
    return raw
