"""The one family of domain errors raised by `eligibility.services`.

Callers (the management command, the API, views) map it to their own boundary:
a `CommandError`, an HTTP 400, a form error. Messages are complete sentences.
"""

from __future__ import annotations

from collections.abc import Mapping


class EvaluationInputError(Exception):
    """The input cannot be evaluated. `errors` maps a field to its messages.

    Fields are `scheme`, `on`, `facts`, or a fact id for a problem with one answer.
    """

    def __init__(self, errors: Mapping[str, list[str]]) -> None:
        self.errors: dict[str, list[str]] = {field: list(msgs) for field, msgs in errors.items()}
        super().__init__(self.summary())

    def summary(self) -> str:
        """All messages as one line; each names its field (prefixed when the sentence does not)."""
        return " ".join(
            message if field in message else f"{field}: {message}"
            for field, messages in self.errors.items()
            for message in messages
        )
