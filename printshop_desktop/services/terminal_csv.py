"""Card-terminal sales exports (Square, SumUp and the like), read.

:func:`parse_terminal_csv` reads item name, quantity, amount, time and currency from the
columns it recognises (see :data:`COLUMNS`); a file in another currency than the shop's is
refused whole. Matching against the stall's sales is in :mod:`.terminal_match`.
"""

from __future__ import annotations

import csv
import io
import re
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from decimal import Decimal, InvalidOperation

from .errors import ServiceError, ValidationFailed

COLUMNS = {
    "item": ("item", "item name", "description", "product", "product name", "name", "article"),
    "sku": ("sku", "item sku", "product sku"),
    "quantity": ("qty", "quantity", "count", "units"),
    "amount": (
        "gross sales",
        "amount",
        "total",
        "total amount",
        "gross amount",
        "net sales",
        "price",
        "sales",
    ),
    "datetime": ("timestamp", "date/time", "datetime", "date time", "created at", "time created"),
    "date": ("date", "transaction date"),
    "time": ("time", "transaction time"),
    "currency": ("currency", "currency code"),
}
SYMBOLS = {"€": "EUR", "£": "GBP", "$": "USD", "¥": "JPY", "CHF": "CHF", "kr": "SEK"}


class TerminalFileError(ValidationFailed):
    """The file cannot be read as a card-terminal export; the message says what is wrong."""

    def __init__(self, message: str) -> None:
        super().__init__("file", message)


class OtherCurrency(ServiceError):
    """The export is in another currency than the shop's; nothing of it is used."""

    def __init__(self, found: str, shop: str) -> None:
        super().__init__(
            f"This export is in {found}, but the shop counts in {shop}. Nothing was imported: "
            f"export the terminal's sales in {shop}, or change the shop's currency first."
        )
        self.found = found
        self.shop = shop


@dataclass(frozen=True)
class TerminalLine:
    """One line of the export: ``amount_cents`` is the whole line (all units)."""

    number: int
    item: str
    quantity: int
    amount_cents: int
    occurred_at: datetime | None
    sku: str | None = None

    @property
    def unit_price_cents(self) -> int:
        """The price of one unit (rounded)."""
        return round(self.amount_cents / self.quantity) if self.quantity else 0

    def sale_id(self, event_id: uuid.UUID) -> uuid.UUID:
        """A stable id for the sale recorded for this line at this event."""
        raw = f"{self.number}|{self.item}|{self.quantity}|{self.amount_cents}|{self.occurred_at}"
        return uuid.uuid5(event_id, raw)


def _find(headers: list[str], kind: str) -> int | None:
    lowered = [h.strip().casefold() for h in headers]
    for name in COLUMNS[kind]:
        if name in lowered:
            return lowered.index(name)
    return None


def _currency_of(text: str) -> str | None:
    for symbol, code in SYMBOLS.items():
        if symbol in text:
            return code
    found = re.search(r"\b([A-Z]{3})\b", text)
    return found.group(1) if found else None


def parse_amount(text: str) -> int:
    """``"€12,50"``, ``"1,234.50"``, ``"12.5 EUR"`` → cents."""
    raw = re.sub(r"[^\d,.\-]", "", text)
    if "," in raw and "." in raw:
        decimal, thousands = (",", ".") if raw.rfind(",") > raw.rfind(".") else (".", ",")
        raw = raw.replace(thousands, "").replace(decimal, ".")
    elif "," in raw:
        raw = raw.replace(",", ".") if re.search(r",\d{1,2}$", raw) else raw.replace(",", "")
    try:
        return int((Decimal(raw) * 100).to_integral_value())
    except InvalidOperation:
        raise TerminalFileError(f"{text!r} is not an amount.") from None


FORMATS = (
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%d/%m/%Y %H:%M:%S",
    "%d/%m/%Y %H:%M",
    "%d.%m.%Y %H:%M:%S",
    "%d.%m.%Y %H:%M",
    "%m/%d/%Y %I:%M %p",
    "%Y-%m-%d",
    "%d/%m/%Y",
    "%d.%m.%Y",
)


def parse_time(text: str, local: tzinfo | None) -> datetime | None:
    """An export's time as aware UTC; times without a zone are the laptop's local time."""
    text = text.strip()
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        for fmt in FORMATS:
            try:
                moment = datetime.strptime(text, fmt)
                break
            except ValueError:
                continue
        else:
            raise TerminalFileError(f"{text!r} is not a date and time this app can read.") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=local) if local else moment.astimezone()
    return moment.astimezone(UTC)


def _rows(text: str) -> list[list[str]]:
    sample = text[:4096]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return [row for row in csv.reader(io.StringIO(text), dialect) if any(c.strip() for c in row)]


def parse_terminal_csv(
    text: str, shop_currency: str, local: tzinfo | None = None
) -> list[TerminalLine]:
    """Read an export; refuses another currency and files without item, quantity or amount."""
    rows = _rows(text.lstrip("\ufeff"))
    if not rows:
        raise TerminalFileError("The file is empty.")
    headers, body = rows[0], rows[1:]
    found = {kind: _find(headers, kind) for kind in COLUMNS}
    missing = [kind for kind in ("item", "amount") if found[kind] is None]
    if missing:
        raise TerminalFileError(
            f"No {' or '.join(missing)} column found; the columns are: {', '.join(headers)}."
        )
    lines = []
    for number, row in enumerate(body, start=2):

        def cell(kind: str, row: list[str] = row) -> str:
            index = found[kind]
            return row[index].strip() if index is not None and index < len(row) else ""

        currency = cell("currency").upper() or _currency_of(cell("amount"))
        if currency and currency != shop_currency:
            raise OtherCurrency(currency, shop_currency)
        when = cell("datetime") or " ".join(p for p in (cell("date"), cell("time")) if p)
        quantity_text = cell("quantity") or "1"
        try:
            quantity = int(Decimal(quantity_text.replace(",", ".")))
        except InvalidOperation:
            raise TerminalFileError(
                f"Line {number}: {quantity_text!r} is not a quantity."
            ) from None
        if not cell("item") and not cell("sku"):
            continue
        lines.append(
            TerminalLine(
                number=number,
                item=cell("item") or cell("sku"),
                quantity=quantity,
                amount_cents=parse_amount(cell("amount")),
                occurred_at=parse_time(when, local),
                sku=cell("sku") or None,
            )
        )
    return lines
