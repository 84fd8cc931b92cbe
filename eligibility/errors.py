"""The one family of domain errors raised by `eligibility.services`.

Callers (the management command, the API, views) map it to their own boundary:
a `CommandError`, an HTTP 400, a form error. Messages are complete sentences.
"""

from __future__ import annotations

from collections.abc import Mapping


class EvaluationInputError(Exception):
    """The input cannot be evaluated. `errors` maps a field to its messages.

    Fields are `scheme`, `on`, `facts`, or a fact id for a problem with one answer.
    `codes` gives, per field, a machine-readable code for each message (the API shows it).
    `omitted` counts further problems found but left out of `errors` (a long list is cut).
    """

    def __init__(
        self,
        errors: Mapping[str, list[str]],
        codes: Mapping[str, list[str]] | None = None,
        omitted: int = 0,
    ) -> None:
        self.errors: dict[str, list[str]] = {field: list(msgs) for field, msgs in errors.items()}
        self.codes: dict[str, list[str]] = {field: list(c) for field, c in (codes or {}).items()}
        self.omitted = omitted
        super().__init__(self.summary())

    def issues(self) -> list[tuple[str, str, str]]:
        """(field, code, message) for every message; the code is "invalid" where none was given."""
        return [
            (field, codes[i] if i < len(codes) else "invalid", message)
            for field, messages in self.errors.items()
            for codes in [self.codes.get(field, [])]
            for i, message in enumerate(messages)
        ]

    def summary(self) -> str:
        """All messages as one line; each names its field (prefixed when the sentence does not)."""
        return " ".join(
            message if field in message else f"{field}: {message}"
            for field, messages in self.errors.items()
            for message in messages
        )


class CheckNotFound(Exception):
    """No saved check answers to this token or code: it never existed, expired or was deleted."""

    MESSAGES = {
        "nl": "Er is geen opgeslagen check met deze sleutel of code; hij bestaat niet "
        "(meer) of is verlopen.",
        "en": "There is no saved check with this key or code; it does not exist (any more) "
        "or has expired.",
    }

    def message(self, lang: str = "en") -> str:
        return self.MESSAGES.get(lang, self.MESSAGES["en"])


class StaleCheck(Exception):
    """A save carried a version that is no longer current: someone saved in between."""

    MESSAGES = {
        "nl": "Deze check is intussen opnieuw opgeslagen (nu versie {version}). "
        "Lees hem opnieuw en breng je wijziging aan op de nieuwste versie.",
        "en": "This check has been saved again in the meantime (now version {version}). "
        "Read it again and apply your change to the latest version.",
    }

    def __init__(self, current_version: int) -> None:
        self.current_version = current_version
        super().__init__(self.message("en"))

    def message(self, lang: str = "en") -> str:
        return self.MESSAGES.get(lang, self.MESSAGES["en"]).format(version=self.current_version)


class TooManyCodeGuesses(Exception):
    """A browser or a client address missed too many short codes this hour; `retry_after`
    seconds. The message says what to do meanwhile."""

    MESSAGES = {
        "nl": "Er zijn te veel onbekende codes geprobeerd. Controleer de 8 letters en cijfers "
        "van de code en probeer het over {minutes} minuten opnieuw. Heeft u de link van de "
        "opgeslagen check bewaard? Open die dan. Bent u bij een loket? Vraag de adviseur "
        "de check met de code op te zoeken.",
        "en": "Too many unknown codes were tried. Check the 8 letters and digits of the code "
        "and try again in {minutes} minutes. If you kept the link to the saved check, open "
        "it. At a loket, ask the adviser to look the check up by its code.",
    }

    def __init__(self, retry_after: int) -> None:
        self.retry_after = retry_after
        super().__init__(retry_after)

    def message(self, lang: str = "en") -> str:
        minutes = max(1, -(-self.retry_after // 60))
        return self.MESSAGES.get(lang, self.MESSAGES["en"]).format(minutes=minutes)
