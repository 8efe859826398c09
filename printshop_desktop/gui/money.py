"""Money on screen: integer minor units (cents) shown as ``€12.50``.

The currency will come from the shop's settings; until then it is :data:`CURRENCY`.
"""

from __future__ import annotations

CURRENCY = "EUR"
SYMBOLS = {"EUR": "€", "GBP": "£", "USD": "$"}


def format_money(cents: int, currency: str = CURRENCY) -> str:
    """``1250`` → ``€12.50``; ``-500`` → ``-€5.00``; unknown codes read ``CHF 12.50``."""
    sign = "-" if cents < 0 else ""
    whole, rest = divmod(abs(cents), 100)
    amount = f"{whole:,}.{rest:02d}"
    symbol = SYMBOLS.get(currency)
    return f"{sign}{symbol}{amount}" if symbol else f"{sign}{currency} {amount}"
