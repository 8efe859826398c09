"""Money and quantities as people type them: ``12.50`` ↔ 1250 cents, refused when ambiguous.

Used by CSV import and by dialogs that accept free text; amounts are integer cents.
"""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction

from .errors import ValidationFailed

_MONEY = re.compile(r"^-?\d+(?:[.,]\d{1,2})?$")


def parse_cents(text: str | None, field: str, *, allow_negative: bool = False) -> int:
    """``"12.5"`` → 1250. Refuses three decimals, thousands separators and negatives."""
    raw = (text or "").strip().replace(" ", "")
    if raw == "":
        return 0
    if not _MONEY.match(raw):
        raise ValidationFailed(
            field, f"{raw!r} is not an amount like 12.50 (two decimals at most)."
        )
    cents = int(Decimal(raw.replace(",", ".")) * 100)
    if cents < 0 and not allow_negative:
        raise ValidationFailed(field, "An amount cannot be negative.")
    return cents


def format_cents(cents: int) -> str:
    """1250 → ``"12.50"``, -5 → ``"-0.05"`` (no currency sign; that is the GUI's job)."""
    sign = "-" if cents < 0 else ""
    whole, part = divmod(abs(cents), 100)
    return f"{sign}{whole}.{part:02d}"


def round_half_up(value: Fraction | int) -> int:
    """Round an exact amount of cents to a whole cent, halves away from zero."""
    exact = Fraction(value)
    magnitude = int(abs(exact) + Fraction(1, 2))
    return -magnitude if exact < 0 else magnitude
