"""The PDF handover, drawn by WeasyPrint from an HTML template and the print stylesheet.

WeasyPrint is imported only here, and only when a PDF is asked for: it is large, and no
other page needs it. It never fetches anything: the stylesheet is read from the static
files and put inline, and every other URL is refused.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from django.contrib.staticfiles import finders
from django.http import HttpRequest
from django.template.loader import render_to_string


@cache
def stylesheet() -> str:
    found = finders.find("questionnaire/questionnaire.css")
    return Path(str(found)).read_text(encoding="utf-8") if found else ""


def _no_fetching(url: str, *args: Any, **kwargs: Any) -> Any:
    raise ValueError(f"the handover fetches nothing: {url}")


def render_pdf(template: str, context: dict[str, Any], request: HttpRequest) -> bytes:
    from weasyprint import HTML

    html = render_to_string(template, {**context, "stylesheet": stylesheet()}, request=request)
    document = HTML(string=html, base_url=request.build_absolute_uri("/"), url_fetcher=_no_fetching)
    pdf: bytes = document.write_pdf()
    return pdf
