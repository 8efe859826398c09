"""Card-terminal sales exports (Square, SumUp and the like) read and matched to the stall's sales.

:func:`parse_terminal_csv` reads item name, quantity, amount, time and currency from the
columns it recognises (see :data:`COLUMNS`); a file in another currency than the shop's is
refused whole. :func:`match_terminal` pairs each unit on the terminal with a unit sold in the
app (card sales near the same time first), so that what is missing on either side shows.
:func:`record_missing` records the terminal's unmatched units as card sales, with ids made
from the file's lines: importing the same file again records nothing twice.
"""

from __future__ import annotations

import csv
import io
import re
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta, tzinfo
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from ..db.enums import MovementReason, PaymentMethod
from ..db.events import EventProduct, MarketEvent
from ..db.inventory import Product, StockMovement
from ._common import get_or_raise
from .errors import ServiceError, ValidationFailed
from .stall import Sale, record_sale

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
#: A terminal sale and an app sale this close in time are taken to be the same sale.
NEAR = timedelta(minutes=15)


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


class LineStatus(StrEnum):
    """How one terminal line compares with the app's sales."""

    MATCHED = "recorded"
    OTHER_PAYMENT = "recorded, not as card"
    PARTLY = "partly recorded"
    MISSING = "not recorded"
    UNKNOWN = "unknown item"
    REFUND = "refund"


@dataclass(frozen=True)
class LineMatch:
    """A terminal line with its product and how many of its units the app recorded."""

    line: TerminalLine
    product_id: uuid.UUID | None
    matched: int
    other_payment: int

    @property
    def missing(self) -> int:
        """Units on the terminal that the app has no sale for."""
        return max(0, self.line.quantity - self.matched - self.other_payment)

    @property
    def status(self) -> LineStatus:
        """The line's state, for the table."""
        if self.line.quantity <= 0:
            return LineStatus.REFUND
        if self.product_id is None:
            return LineStatus.UNKNOWN
        if self.missing == self.line.quantity:
            return LineStatus.MISSING
        if self.missing:
            return LineStatus.PARTLY
        return LineStatus.OTHER_PAYMENT if self.other_payment else LineStatus.MATCHED


@dataclass(frozen=True)
class TerminalMatch:
    """Every terminal line matched, and the app's card sales the terminal does not have."""

    lines: tuple[LineMatch, ...]
    card_not_on_terminal: dict[uuid.UUID, int]

    @property
    def unknown_items(self) -> tuple[str, ...]:
        """Item names no product was found (or mapped) for."""
        return tuple(
            dict.fromkeys(m.line.item for m in self.lines if m.status is LineStatus.UNKNOWN)
        )

    @property
    def missing_units(self) -> int:
        """Units to record."""
        return sum(
            m.missing for m in self.lines if m.product_id is not None and m.line.quantity > 0
        )


def resolve_products(
    session: Session,
    event_id: uuid.UUID,
    lines: list[TerminalLine],
    mapping: dict[str, uuid.UUID] | None = None,
) -> dict[str, uuid.UUID]:
    """Item name → product: the user's mapping, then SKU, then the product's name (the event's
    products first, ignoring case and a trailing ``(size)``)."""
    mapping = {k.casefold(): v for k, v in (mapping or {}).items()}
    products = session.execute(select(Product.id, Product.sku, Product.name)).all()
    on_list = set(
        session.scalars(select(EventProduct.product_id).where(EventProduct.event_id == event_id))
    )
    by_sku = {sku.casefold(): pid for pid, sku, _name in products}
    by_name: dict[str, list[uuid.UUID]] = {}
    for pid, _sku, name in products:
        for key in {name.casefold(), re.sub(r"\s*\([^)]*\)$", "", name).casefold()}:
            by_name.setdefault(key, []).append(pid)
    found = {}
    for line in lines:
        key = line.item.casefold()
        if key in mapping:
            found[line.item] = mapping[key]
        elif line.sku and line.sku.casefold() in by_sku:
            found[line.item] = by_sku[line.sku.casefold()]
        elif key in by_sku:
            found[line.item] = by_sku[key]
        elif key in by_name:
            candidates = by_name[key]
            listed = [pid for pid in candidates if pid in on_list]
            if len(listed) == 1 or len(candidates) == 1:
                found[line.item] = (listed or candidates)[0]
    return found


@dataclass
class _Unit:
    sale_id: uuid.UUID
    product_id: uuid.UUID
    occurred_at: datetime
    card: bool
    used: bool = False


def _recorded_units(session: Session, event_id: uuid.UUID) -> list[_Unit]:
    """One entry per unit sold at the event (undone sales and the undos left out)."""
    undo = aliased(StockMovement)
    rows = session.execute(
        select(StockMovement)
        .outerjoin(undo, undo.reverses_id == StockMovement.id)
        .where(
            StockMovement.event_id == event_id,
            StockMovement.reason == MovementReason.SALE.value,
            StockMovement.reverses_id.is_(None),
            StockMovement.quantity < 0,
            undo.id.is_(None),
        )
    ).scalars()
    return [
        _Unit(m.id, m.product_id, m.occurred_at, m.payment == PaymentMethod.CARD.value)
        for m in rows
        if m.product_id is not None
        for _ in range(-m.quantity)
    ]


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _take(
    units: list[_Unit],
    product_id: uuid.UUID,
    line: TerminalLine,
    event_id: uuid.UUID,
    *,
    card: bool,
    near: bool,
) -> _Unit | None:
    own = line.sale_id(event_id)
    candidates = [u for u in units if not u.used and u.product_id == product_id and u.card == card]
    exact = [u for u in candidates if u.sale_id == own]
    if exact:
        return exact[0]
    if near:
        if line.occurred_at is None:
            return None
        when = line.occurred_at
        candidates = [u for u in candidates if abs(_aware(u.occurred_at) - when) <= NEAR]
        return min(candidates, key=lambda u: abs(_aware(u.occurred_at) - when), default=None)
    return candidates[0] if candidates else None


def match_terminal(
    session: Session,
    event_id: uuid.UUID,
    lines: list[TerminalLine],
    mapping: dict[str, uuid.UUID] | None = None,
) -> TerminalMatch:
    """Pair the terminal's units with the app's: card sales near in time, then any card sale
    of the product, then sales paid otherwise (which are flagged)."""
    get_or_raise(session, MarketEvent, event_id, "event")
    products = resolve_products(session, event_id, lines, mapping)
    units = _recorded_units(session, event_id)
    counts = {id(line): [0, 0] for line in lines}
    passes = ((True, True), (True, False), (False, True), (False, False))
    for card, near in passes:
        for line in lines:
            product_id = products.get(line.item)
            if product_id is None or line.quantity <= 0:
                continue
            done = counts[id(line)]
            while done[0] + done[1] < line.quantity:
                unit = _take(units, product_id, line, event_id, card=card, near=near)
                if unit is None:
                    break
                unit.used = True
                done[0 if card else 1] += 1
    left: dict[uuid.UUID, int] = {}
    for unit in units:
        if unit.card and not unit.used:
            left[unit.product_id] = left.get(unit.product_id, 0) + 1
    matches = tuple(LineMatch(line, products.get(line.item), *counts[id(line)]) for line in lines)
    return TerminalMatch(matches, left)


def record_missing(
    session: Session,
    event_id: uuid.UUID,
    lines: list[TerminalLine],
    mapping: dict[str, uuid.UUID] | None = None,
) -> int:
    """Record the terminal's units the app has no sale for, as card sales; returns the units.

    Each line's sale has an id made from the line, so a second import records nothing more.
    A terminal sale is a sale: more than the stall holds is recorded with a count adjustment.
    """
    event = get_or_raise(session, MarketEvent, event_id, "event")
    result = match_terminal(session, event_id, lines, mapping)
    if result.unknown_items:
        raise ValidationFailed(
            "item",
            "Map these items to products first: " + ", ".join(result.unknown_items) + ".",
        )
    noon = datetime.combine(event.starts_on, time(12, 0), tzinfo=UTC)
    recorded = 0
    for match in result.lines:
        if match.product_id is None or match.line.quantity <= 0 or not match.missing:
            continue
        sale = Sale(
            product_id=match.product_id,
            quantity=match.missing,
            unit_price_cents=match.line.unit_price_cents,
            payment=PaymentMethod.CARD,
            id=match.line.sale_id(event_id),
            occurred_at=match.line.occurred_at or noon,
        )
        if record_sale(session, event_id, sale, confirm_oversell=True):
            recorded += match.missing
    return recorded
