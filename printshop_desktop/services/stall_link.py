"""Stall mode's one path for every entry, online or not.

A :class:`StallLink` sells, counts and undoes for one event. Online it writes through
:mod:`.stall` and then refreshes the local snapshot, so the laptop always knows what the
stall holds. When the database cannot be reached it carries on with :class:`OfflineStall`
on that snapshot (entries go to the outbox); :meth:`StallLink.sync` replays the outbox when
the server answers again. A sale keeps its client-made id on either path, so a sale whose
online write failed half-way and was then queued offline is still recorded once.

Methods block on the database or the disk: call them off the GUI thread. A lock serialises
them; :meth:`StallLink.sync` checks the server without holding it.
"""

from __future__ import annotations

import json
import threading
import uuid
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..db.catalog import VariantFilament
from ..db.database import Database
from ..db.enums import MovementReason, PaymentMethod
from ..db.errors import DatabaseUnavailable
from ..db.events import EventProduct
from ..db.inventory import Filament, Product, StockMovement
from . import offline, stall, sync
from .offline import OfflineStall, StallProduct
from .stall import Sale

T = TypeVar("T")


@dataclass(frozen=True)
class StallTotals:
    """Takings of the event so far (undos taken off)."""

    units: int = 0
    cents: int = 0
    by_payment: tuple[tuple[str, int], ...] = ()

    def plus(self, units: int, cents: int, payment: str | None) -> StallTotals:
        """These totals with one more (or one undone) sale."""
        paid = dict(self.by_payment)
        key = payment or PaymentMethod.OTHER.value
        paid[key] = paid.get(key, 0) + cents
        return StallTotals(self.units + units, self.cents + cents, tuple(sorted(paid.items())))

    def paid(self, method: PaymentMethod) -> int:
        """Cents taken by one payment method."""
        return dict(self.by_payment).get(method.value, 0)


@dataclass(frozen=True)
class StallView:
    """What stall mode shows after each step."""

    event_id: uuid.UUID
    event_name: str
    online: bool
    pending: int
    products: tuple[StallProduct, ...]
    totals: StallTotals
    colours: dict[uuid.UUID, str] = field(default_factory=dict)
    note: str | None = None
    last_entry: str | None = None


@dataclass(frozen=True)
class _Entry:
    """One entry made in this stall session, with what undoing it needs."""

    kind: str  # sale or count
    product_id: uuid.UUID
    text: str
    counted_before: int = 0
    oversold: bool = False


class StallLink:
    """Sell and count for one event, through the database or, without it, the outbox."""

    def __init__(
        self,
        database: Database,
        event_id: uuid.UUID,
        outbox: Path,
        *,
        device: str | None = None,
    ) -> None:
        self.database = database
        self.event_id = event_id
        self.outbox = outbox
        self.device = device
        self.online = True
        self.thumbnails: dict[uuid.UUID, bytes] = {}
        self._lock = threading.Lock()
        self._entries: list[_Entry] = []
        self._synced_totals = StallTotals()
        self._colours: dict[uuid.UUID, str] = {}
        self._name = ""

    # -- entries ---------------------------------------------------------------------

    def open(self) -> StallView:
        """Take a fresh snapshot (online) or fall back on the last one (offline)."""
        with self._lock:
            try:
                note = self._replay_locked() if self._pending() else None
                self._refresh_online()
                self.online = True
            except DatabaseUnavailable:
                self.online = False
                note = "Offline — selling from this laptop's copy of the event."
            return self._view(note)

    def sell(self, sale: Sale, *, confirm_oversell: bool = False) -> StallView:
        """Record a sale (raises :class:`stall.Oversell` unless confirmed)."""
        with self._lock:
            before = self._held(sale.product_id)

            def online(session: Session) -> None:
                stall.record_sale(session, self.event_id, sale, confirm_oversell=confirm_oversell)

            def offline_() -> None:
                self._offline().record_sale(sale, confirm_oversell=confirm_oversell)

            self._write(online, offline_)
            name = self._product_name(sale.product_id)
            text = f"Sold {sale.quantity} × {name}"
            oversold = sale.quantity > before
            self._entries.append(_Entry("sale", sale.product_id, text, before, oversold))
            return self._view(last=text)

    def count(self, product_id: uuid.UUID, counted: int) -> StallView:
        """Record a count of one product at the stall; the difference becomes an adjustment."""
        with self._lock:
            before = self._held(product_id)

            def online(session: Session) -> None:
                stall.record_count(session, self.event_id, product_id, counted)

            def offline_() -> None:
                self._offline().record_count(product_id, counted)

            self._write(online, offline_)
            text = f"Counted {counted} × {self._product_name(product_id)} (was {before})"
            self._entries.append(_Entry("count", product_id, text, before))
            return self._view(last=text)

    def undo(self) -> StallView:
        """Undo the last entry made in this stall session.

        A count is counted back to what the stall held before it; a confirmed oversell is
        undone with its count adjustment.
        """
        with self._lock:
            if not self._entries:
                return self._view(note="Nothing to undo.")
            entry = self._entries[-1]
            if entry.kind == "count":
                product_id, before = entry.product_id, entry.counted_before
                self._write(
                    lambda s: stall.record_count(s, self.event_id, product_id, before),
                    lambda: self._offline().record_count(product_id, before),
                )
            else:
                undone = self._write(
                    lambda s: stall.undo_last_sale(s, self.event_id),
                    lambda: self._offline().undo_last_sale(),
                )
                if undone is None:
                    return self._view(
                        note="That sale was already sent to the server; undo it when back online."
                    )
                if entry.oversold:
                    # The confirmed oversell also adjusted the count: put that back too.
                    product_id, before = entry.product_id, entry.counted_before
                    self._write(
                        lambda s: stall.record_count(s, self.event_id, product_id, before),
                        lambda: self._offline().record_count(product_id, before),
                    )
            self._entries.pop()
            return self._view(last=f"Undone: {entry.text}")

    def sync(self) -> StallView:
        """Offline: if the server answers again, replay the outbox and carry on online."""
        if self.online and not self.pending():
            return self.view()
        try:
            self.database.ping()
        except DatabaseUnavailable:
            with self._lock:
                self.online = False
                return self._view()
        with self._lock:
            try:
                note = self._replay_locked()
                self._refresh_online()
                self.online = True
            except DatabaseUnavailable:
                self.online = False
                note = None
            return self._view(note)

    def set_thumbnails(self, thumbnails: dict[uuid.UUID, bytes]) -> StallView:
        """Keep product pictures in the snapshot, so the offline view looks the same."""
        with self._lock:
            self.thumbnails = dict(thumbnails)
            if self.online:
                try:
                    self._snapshot()
                except DatabaseUnavailable:
                    self.online = False
            return self._view()

    def view(self) -> StallView:
        """The current state."""
        with self._lock:
            return self._view()

    def pending(self) -> int:
        """Entries waiting in the outbox."""
        with self._lock:
            return self._pending()

    # -- internals -------------------------------------------------------------------

    def _write(self, online: Callable[[Session], T], offline_: Callable[[], T]) -> T:
        if self.online:
            try:
                with self.database.session() as session:
                    result = online(session)
            except DatabaseUnavailable:
                self.online = False
            else:
                try:
                    self._refresh_online()
                except DatabaseUnavailable:
                    self.online = False
                return result
        return offline_()

    def _offline(self) -> OfflineStall:
        return OfflineStall(self.outbox, self.event_id, device=self.device)

    def _pending(self) -> int:
        return waiting_entries(self.outbox)

    def _replay_locked(self) -> str:
        report = sync.replay(self.outbox, self.database.session)
        return f"Back online — {report.sent} waiting entries sent to the server."

    def _snapshot(self) -> None:
        with self.database.session() as session:
            offline.take_snapshot(session, self.outbox, self.event_id, self.thumbnails)

    def _refresh_online(self) -> None:
        with self.database.session() as session:
            offline.take_snapshot(session, self.outbox, self.event_id, self.thumbnails)
            self._synced_totals = _totals(session, self.event_id)
            self._colours = _colours(session, self.event_id)

    def _offline_totals(self) -> StallTotals:
        """Totals from the outbox on top of the last ones known online."""
        totals = self._synced_totals
        with closing(offline.connect(self.outbox)) as connection:
            rows = connection.execute(
                "SELECT payload FROM outbox WHERE event_id = ? ORDER BY seq", (str(self.event_id),)
            ).fetchall()
        for (payload,) in rows:
            entry = json.loads(payload)
            if entry["reason"] == MovementReason.SALE.value:
                units = -int(entry["quantity"])
                totals = totals.plus(
                    units, units * (entry["unit_price_cents"] or 0), entry["payment"]
                )
        return totals

    def _products(self) -> list[StallProduct]:
        return OfflineStall(self.outbox, self.event_id).products()

    def _held(self, product_id: uuid.UUID) -> int:
        return next((p.at_stall for p in self._products() if p.product_id == product_id), 0)

    def _product_name(self, product_id: uuid.UUID) -> str:
        return next((p.name for p in self._products() if p.product_id == product_id), "?")

    def _view(self, note: str | None = None, last: str | None = None) -> StallView:
        station = OfflineStall(self.outbox, self.event_id)
        return StallView(
            event_id=self.event_id,
            event_name=station.event_name,
            online=self.online,
            pending=self._pending(),
            products=tuple(station.products()),
            totals=self._synced_totals if self.online else self._offline_totals(),
            colours=dict(self._colours),
            note=note,
            last_entry=last,
        )


def waiting_entries(outbox: Path) -> int:
    """Entries in a stall outbox not yet sent (0 when there is no outbox)."""
    if not outbox.exists():
        return 0
    with closing(offline.connect(outbox)) as connection:
        return int(connection.execute("SELECT count(*) FROM outbox").fetchone()[0])


def _totals(session: Session, event_id: uuid.UUID) -> StallTotals:
    rows = session.execute(
        select(
            StockMovement.payment,
            func.sum(StockMovement.quantity),
            func.sum(StockMovement.quantity * StockMovement.unit_price_cents),
        )
        .where(
            StockMovement.event_id == event_id, StockMovement.reason == MovementReason.SALE.value
        )
        .group_by(StockMovement.payment)
    )
    totals = StallTotals()
    for payment, quantity, cents in rows:
        totals = totals.plus(-int(quantity or 0), -int(cents or 0), payment)
    return totals


def _colours(session: Session, event_id: uuid.UUID) -> dict[uuid.UUID, str]:
    """The colour of each product's first filament, for its tile."""
    rows = session.execute(
        select(Product.id, Filament.colour_hex, VariantFilament.tool)
        .join(EventProduct, EventProduct.product_id == Product.id)
        .join(VariantFilament, VariantFilament.variant_id == Product.variant_id)
        .join(Filament, Filament.id == VariantFilament.filament_id)
        .where(EventProduct.event_id == event_id)
        .order_by(VariantFilament.tool.desc())
    )
    return {product_id: colour for product_id, colour, _tool in rows}
