"""A scheme folder loads into the scheme it describes, and a broken one is named, not crashed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

import rules
from rules.loader import SCHEMES_DIR, load_folders
from rules.versions import digest

SCHEME = "nlld_scholing"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """A copy of the shared folder and of one scheme's folder."""
    shutil.copytree(SCHEMES_DIR / "_common", tmp_path / "_common")
    shutil.copytree(SCHEMES_DIR / SCHEME, tmp_path / SCHEME)
    return tmp_path


def edit(path: Path, change) -> None:  # type: ignore[no-untyped-def]
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def only_problem(root: Path) -> str:
    loaded = load_folders(root)
    assert loaded.schemes == []
    assert len(loaded.problems) == 1, loaded.problems
    return loaded.problems[0]


def test_a_folder_loads_into_exactly_the_registered_scheme(root: Path) -> None:
    loaded = load_folders(root)

    assert loaded.problems == []
    assert [digest(s) for s in loaded.schemes] == [digest(rules.registry.get(SCHEME))]


def test_every_registered_scheme_is_a_folder_with_no_problems() -> None:
    folders = {p.name for p in SCHEMES_DIR.iterdir() if (p / "scheme.yaml").exists()}

    assert rules.LOAD_PROBLEMS == ()
    assert folders <= {s.id for s in rules.registry}


def test_a_missing_piece_is_named(root: Path) -> None:
    (root / SCHEME / "texts.yaml").unlink()

    assert only_problem(root) == f"rules/schemes/{SCHEME}: missing texts.yaml"


def test_an_unknown_piece_is_named(root: Path) -> None:
    (root / SCHEME / "figures.yaml").write_text("{}\n", encoding="utf-8")

    problem = only_problem(root)

    assert problem.startswith(f"rules/schemes/{SCHEME}: unknown figures.yaml")


def test_a_criterion_without_its_texts_names_the_file_and_the_criterion(root: Path) -> None:
    edit(root / SCHEME / "texts.yaml", lambda d: d["criteria"].pop("labour_market_link"))

    problem = only_problem(root)

    assert problem.startswith(f"rules/schemes/{SCHEME}/texts.yaml: criteria labour_market_link")


def test_a_missing_sentence_names_its_key(root: Path) -> None:
    edit(root / SCHEME / "texts.yaml", lambda d: d["criteria"]["min_age_18"].pop("not_met"))

    problem = only_problem(root)

    assert "texts.yaml" in problem
    assert "criteria.min_age_18.not_met: Field required" in problem


def test_an_unknown_source_is_named(root: Path) -> None:
    edit(root / SCHEME / "texts.yaml", lambda d: d["criteria"]["min_age_18"].update(source="nope"))

    problem = only_problem(root)

    assert problem == (
        f"rules/schemes/{SCHEME}/texts.yaml: criteria.min_age_18: source 'nope' is not in "
        "scheme.yaml `sources` nor in _common"
    )


def test_an_amount_with_a_float_or_too_many_decimals_is_refused(root: Path) -> None:
    def with_value(value: object):  # type: ignore[no-untyped-def]
        def change(data: dict) -> None:  # type: ignore[type-arg]
            period = data["nlld_min_age_years"]["periods"][0]
            data["nlld_min_age_years"]["unit"] = "money"
            period["value"] = value

        return change

    edit(root / SCHEME / "parameters.yaml", with_value(18.5))
    assert "write 18.5 in quotes, so it stays exact" in only_problem(root)

    edit(root / SCHEME / "parameters.yaml", with_value("18.555"))
    assert "'18.555' has more than two decimals" in only_problem(root)


def test_a_scheme_that_contradicts_itself_is_reported_not_raised(root: Path) -> None:
    # A sentence naming a value the scheme does not have: the Scheme model refuses it.
    edit(
        root / SCHEME / "texts.yaml",
        lambda d: d["criteria"]["min_age_18"]["met"].update(nl="Ouder dan {leeftijd}."),
    )

    problem = only_problem(root)

    assert problem.startswith(f"rules/schemes/{SCHEME}: ")
    assert "text names {leeftijd}, which is no fact, output or parameter" in problem


def test_a_shared_piece_must_exist(root: Path) -> None:
    edit(root / SCHEME / "facts.yaml", lambda d: d.update(shoe_size="common"))

    problem = only_problem(root)

    assert problem == (
        f"rules/schemes/{SCHEME}/facts.yaml: 'shoe_size' is marked as coming from "
        "rules/schemes/_common, which has none"
    )


def test_every_scheme_offers_a_topic_and_next_steps_in_its_folder() -> None:
    for scheme in rules.registry:
        web = rules.SCHEME_WEB[scheme.id]
        assert web.topics, f"{scheme.id}: web.yaml names no topic"
        assert web.next_steps is not None, f"{scheme.id}: web.yaml has no next steps"


def test_a_web_file_naming_an_unknown_output_is_refused(root: Path) -> None:
    (root / SCHEME / "web.yaml").write_text(
        "topics: [retraining_budget]\npictures:\n  bar: {value: a, limit: b, whole: c}\n",
        encoding="utf-8",
    )

    problem = only_problem(root)

    assert problem == (
        f"rules/schemes/{SCHEME}/web.yaml: unknown output 'a', output 'b', output 'c'"
    )


def with_headline(text: dict[str, str], **case: object):  # type: ignore[no-untyped-def]
    def change(data: dict) -> None:  # type: ignore[type-arg]
        data["headlines"] = [{**case, "text": text}]

    return change


def test_a_headline_naming_an_unknown_output_is_refused(root: Path) -> None:
    edit(
        root / SCHEME / "web.yaml",
        with_headline(
            {"nl": "U betaalt {participant_cost_eur}.", "en": "You get {budget_eur}."},
            outputs_present=["participant_cost_eur"],
        ),
    )

    problem = only_problem(root)

    assert problem == (
        f"rules/schemes/{SCHEME}/web.yaml: headlines.0.text.en: names {{budget_eur}}, "
        "which is no output of the scheme"
    )


def test_a_headline_naming_an_output_that_may_have_no_value_is_refused(root: Path) -> None:
    # participant_cost_eur has no value outside the windows; the headline must fit only with one.
    edit(
        root / SCHEME / "web.yaml",
        with_headline(
            {"nl": "U betaalt {participant_cost_eur}.", "en": "You pay {participant_cost_eur}."},
            status=["eligible"],
        ),
    )

    problem = only_problem(root)

    assert problem.startswith(
        f"rules/schemes/{SCHEME}/web.yaml: headlines.0.text.nl: names {{participant_cost_eur}}, "
        "which may have no value; list it in outputs_present"
    )
    assert "headlines.0.text.en: names {participant_cost_eur}" in problem


def test_a_headline_field_with_a_format_spec_is_refused(root: Path) -> None:
    # The presenter fills a headline with the output as people read it, a string.
    edit(
        root / SCHEME / "web.yaml",
        with_headline(
            {"nl": "U betaalt {participant_cost_eur:%}.", "en": "You pay {participant_cost_eur"},
            outputs_present=["participant_cost_eur"],
        ),
    )

    problem = only_problem(root)

    assert "headlines.0.text.nl: has {participant_cost_eur:%}; a headline reads {output}" in problem
    assert "headlines.0.text.en: expected '}' before end of string" in problem
