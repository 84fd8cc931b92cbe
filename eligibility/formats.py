"""Amounts and numbers written the way a Dutch or English reader expects."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation


def money(value: str, lang: str) -> str:
    """'1443.75' → '€ 1.443,75' (nl) or '€1,443.75' (en)."""
    amount = Decimal(value).quantize(Decimal("0.01"))
    sign = "-" if amount < 0 else ""
    euros, cents = divmod(int(abs(amount) * 100), 100)
    grouped = f"{euros:,}"
    if lang == "nl":
        return f"{sign}€\u00a0{grouped.replace(',', '.')},{cents:02d}"
    return f"{sign}€{grouped}.{cents:02d}"


def number(value: str, lang: str) -> str:
    """'24.0000' → '24'; '0.5625' → '0,5625' (nl)."""
    try:
        shown = format(Decimal(value).normalize(), "f")
    except InvalidOperation:
        return value
    return shown.replace(".", ",") if lang == "nl" else shown
