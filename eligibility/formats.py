"""Amounts and numbers written the way a Dutch or English reader expects, on a page.

The engine writes them (`rules.texts`); a page only keeps an amount on one line, with a
no-break space after the euro sign.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from rules.texts import format_decimal, format_money


def unbroken(text: str) -> str:
    """'€ 1.443,75' kept on one line: a no-break space after the euro sign."""
    return text.replace("€ ", "€\u00a0")


def money(value: str, lang: str) -> str:
    """'1443.75' → '€ 1.443,75' (nl) or '€1,443.75' (en)."""
    cents = int(Decimal(value).quantize(Decimal("0.01")) * 100)
    return unbroken(format_money(cents, lang))


def number(value: str, lang: str) -> str:
    """'24.0000' → '24'; '0.5625' → '0,5625' (nl)."""
    try:
        return format_decimal(Decimal(value), lang)
    except InvalidOperation:
        return value
