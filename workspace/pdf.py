"""The case handover as a PDF, drawn by WeasyPrint from an HTML template.

Imported only when a PDF is asked for (WeasyPrint is large). It fetches nothing: the
stylesheet is inline in the template and every URL is refused.
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.template.loader import render_to_string
from weasyprint import HTML


def _no_fetching(url: str, *args: Any, **kwargs: Any) -> Any:
    raise ValueError(f"the handover fetches nothing: {url}")


def render_pdf(template: str, context: dict[str, Any], request: HttpRequest) -> bytes:
    html = render_to_string(template, context, request=request)
    pdf: bytes = HTML(string=html, url_fetcher=_no_fetching).write_pdf()
    return pdf
