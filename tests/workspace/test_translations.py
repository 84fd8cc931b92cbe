"""Every interface text of the workspace has its Dutch translation, and the compiled
catalogue holds the same translations as the .po file."""

from __future__ import annotations

import gettext
import re
from pathlib import Path

PO = Path(__file__).resolve().parents[2] / "workspace/locale/nl/LC_MESSAGES/django.po"


def unquote(block: str) -> str:
    return "".join(
        bytes(part, "utf-8").decode("unicode_escape").encode("latin-1").decode("utf-8")
        for part in re.findall(r'"((?:[^"\\]|\\.)*)"', block)
    )


def singular_entries() -> dict[str, str]:
    found = {}
    for entry in PO.read_text(encoding="utf-8").split("\n\n"):
        match = re.search(r'^msgid ((?:".*"\n)+)msgstr ((?:".*"\n?)+)', entry, flags=re.M)
        if match and unquote(match.group(1)):
            found[unquote(match.group(1))] = unquote(match.group(2))
    return found


def test_every_message_has_a_dutch_translation() -> None:
    text = PO.read_text(encoding="utf-8")

    assert not re.search(r'^msgstr(\[\d\])? ""\n(?!")', text + "\n", flags=re.M)
    assert "#, fuzzy" not in text


def test_the_compiled_catalogue_matches_the_po_file() -> None:
    with PO.with_suffix(".mo").open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    entries = singular_entries()

    assert len(entries) > 100
    assert {msgid: compiled.gettext(msgid) for msgid in entries} == entries
