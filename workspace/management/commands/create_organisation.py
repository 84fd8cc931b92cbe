"""`manage.py create_organisation NAME --admin-email EMAIL --admin-password-stdin`.

Creates a loket and its first admin without the Django admin site. The password is read
from standard input (first line), so it never shows in the shell history or process list.
"""

from __future__ import annotations

import sys
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import translation

from workspace import services


class Command(BaseCommand):
    help = "Create an organisation (a loket) and its first admin."
    stealth_options = ("stdin",)

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("name", help="The organisation's name, e.g. 'Leerwerkloket Utrecht'.")
        parser.add_argument(
            "--admin-email", required=True, help="E-mail address the admin signs in with."
        )
        parser.add_argument(
            "--admin-password-stdin",
            action="store_true",
            required=True,
            help="Read the admin's password from the first line of standard input.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        stdin = options.get("stdin") or sys.stdin
        password = stdin.readline().rstrip("\r\n")
        if not password:
            raise CommandError("No password on standard input: pipe the admin's password in.")
        try:
            # Messages for the operator in English, like the project's other commands.
            with translation.override("en"):
                member = services.create_organisation(
                    options["name"], options["admin_email"], password
                )
        except services.WorkspaceError as exc:
            raise CommandError(exc.message) from exc
        self.stdout.write(
            f"Created organisation '{member.organisation.name}' with admin {member.user.username}."
        )
