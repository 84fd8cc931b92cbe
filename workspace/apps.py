"""App configuration of the adviser workspace."""

from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkspaceConfig(AppConfig):
    name = "workspace"
    verbose_name = _("Adviser workspace")
    default_auto_field = "django.db.models.BigAutoField"
