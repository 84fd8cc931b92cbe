"""The engine's one exception family. Each error can say itself in Dutch and English."""

from __future__ import annotations

from collections.abc import Sequence

from rules.messages import fact_issue_message

__all__ = ["FactIssue", "FactsInvalid", "RulesError", "SchemeDefinitionError", "UnknownScheme"]


class RulesError(Exception):
    """Base of every error the engine raises on purpose."""

    def message(self, lang: str = "en") -> str:
        return str(self)


class FactIssue(RulesError):
    """One answer that cannot be used: which fact, and why (a code from :mod:`rules.messages`)."""

    def __init__(self, fact: str, code: str, params: dict[str, object] | None = None) -> None:
        self.fact = fact
        self.code = code
        self.params = params or {}
        super().__init__(self.message("en"))

    def message(self, lang: str = "en") -> str:
        return fact_issue_message(self.code, self.fact, self.params, lang)

    def as_dict(self) -> dict[str, object]:
        return {
            "fact": self.fact,
            "code": self.code,
            "message": {"nl": self.message("nl"), "en": self.message("en")},
        }


class FactsInvalid(RulesError):
    """Some answers cannot be used. ``issues`` has one entry per fact."""

    def __init__(self, issues: Sequence[FactIssue]) -> None:
        self.issues = list(issues)
        super().__init__(self.message("en"))

    def message(self, lang: str = "en") -> str:
        return "; ".join(issue.message(lang) for issue in self.issues)


class UnknownScheme(RulesError):
    def __init__(self, scheme_id: str, known: Sequence[str]) -> None:
        self.scheme_id = scheme_id
        self.known = list(known)
        super().__init__(self.message("en"))

    def message(self, lang: str = "en") -> str:
        known = ", ".join(self.known)
        if lang == "nl":
            return f"Onbekende regeling '{self.scheme_id}'. Bekende regelingen: {known}."
        return f"Unknown scheme '{self.scheme_id}'. Known schemes: {known}."


class SchemeDefinitionError(RulesError, ValueError):
    """A scheme cannot join the registry: its id is taken, or it defines a fact shared
    with another scheme differently. Raised while loading, never at a user's request (an
    inconsistent scheme on its own is refused when it is built, by pydantic's
    ``ValidationError``)."""
