"""App configuration. Registers the start-up check that validates every scheme."""

from __future__ import annotations

from typing import Any

from django.apps import AppConfig, apps
from django.core import checks


class EligibilityConfig(AppConfig):
    name = "eligibility"
    verbose_name = "Eligibility"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        checks.register(check_scheme_registry)


def check_scheme_registry(app_configs: Any = None, **kwargs: Any) -> list[checks.CheckMessage]:
    """Fail at start-up, not at a citizen's request: report every problem in the schemes."""
    if app_configs is not None and apps.get_app_config("eligibility") not in app_configs:
        return []
    from . import services

    return [
        checks.Error(
            f"Scheme registry: {problem}",
            hint="Fix the scheme definition under rules/schemes/.",
            obj="rules.registry",
            id="eligibility.E001",
        )
        for problem in services.registry_problems()
    ]
