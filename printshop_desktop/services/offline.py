"""The stall laptop without internet: a local snapshot of an event and an outbox of entries.

Before leaving, :func:`take_snapshot` copies the event's products (names, prices, what the
stall holds, thumbnails) into a local SQLite file. Offline, :class:`OfflineStall` sells and
counts against that snapshot and appends each entry to the outbox, a table in the same file
(WAL, ``synchronous=FULL``: an entry written is an entry kept, even if the battery dies).
:mod:`.sync` replays the outbox into the shared database when the network is back.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.base import new_id, utcnow
from ..db.enums import MovementReason, PaymentMethod
from ..db.events import EventProduct, MarketEvent
from ..db.inventory import Product
from .errors import NotFound, ValidationFailed
from .stall import Oversell, Sale, at_stall, event_location

SCHEMA = """
CREATE TABLE IF NOT EXISTS snapshot_event (
    event_id TEXT PRIMARY KEY, name TEXT NOT NULL, status TEXT NOT NULL, taken_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS snapshot_product (
    event_id TEXT NOT NULL, product_id TEXT NOT NULL, sku TEXT NOT NULL, name TEXT NOT NULL,
    price_cents INTEGER NOT NULL, at_stall INTEGER NOT NULL, thumbnail BLOB,
    PRIMARY KEY (event_id, product_id)
);
CREATE TABLE IF NOT EXISTS outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    event_id TEXT,
    payload TEXT NOT NULL,
    created_at TEXT NOT NULL
);
"""


@dataclass(frozen=True)
class StallProduct:
    """A product as the stall sees it offline."""

    product_id: uuid.UUID
    sku: str
    name: str
    price_cents: int
    at_stall: int
    thumbnail: bytes | None


def connect(path: Path) -> sqlite3.Connection:
    """Open (and create) the local file with settings that survive a power cut."""
    path.parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(path, timeout=5, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.executescript(SCHEMA)
    return connection


@contextmanager
def transaction(connection: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE … COMMIT, rolled back on error."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield connection
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")


def take_snapshot(
    session: Session,
    path: Path,
    event_id: uuid.UUID,
    thumbnails: dict[uuid.UUID, bytes] | None = None,
) -> int:
    """Copy what the stall needs of an event into the local file; returns the product count.

    Entries still waiting in the outbox are kept: a new snapshot never loses a sale.
    """
    event = session.get(MarketEvent, event_id)
    if event is None:
        raise NotFound("That event no longer exists.")
    stock = at_stall(session, event_id)
    rows = session.execute(
        select(Product.id, Product.sku, Product.name, Product.price_cents)
        .join(EventProduct, EventProduct.product_id == Product.id)
        .where(EventProduct.event_id == event_id)
        .order_by(Product.name)
    ).all()
    thumbnails = thumbnails or {}
    with closing(connect(path)) as connection, transaction(connection):
        key = str(event_id)
        connection.execute("DELETE FROM snapshot_product WHERE event_id = ?", (key,))
        connection.execute(
            "INSERT OR REPLACE INTO snapshot_event VALUES (?, ?, ?, ?)",
            (key, event.name, event.status, utcnow().isoformat()),
        )
        connection.executemany(
            "INSERT INTO snapshot_product VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (key, str(pid), sku, name, price, stock.get(pid, 0), thumbnails.get(pid))
                for pid, sku, name, price in rows
            ],
        )
    return len(rows)


def movement_payload(
    *,
    id: uuid.UUID,
    product_id: uuid.UUID,
    quantity: int,
    reason: MovementReason,
    event_id: uuid.UUID,
    occurred_at: datetime,
    unit_price_cents: int | None = None,
    payment: str | None = None,
    reverses_id: uuid.UUID | None = None,
    note: str | None = None,
    device: str | None = None,
) -> dict[str, Any]:
    """A ledger movement as JSON for the outbox."""
    return {
        "id": str(id),
        "product_id": str(product_id),
        "quantity": quantity,
        "reason": MovementReason(reason).value,
        "location": event_location(event_id),
        "event_id": str(event_id),
        "unit_price_cents": unit_price_cents,
        "payment": payment,
        "reverses_id": str(reverses_id) if reverses_id else None,
        "note": note,
        "occurred_at": occurred_at.isoformat(),
        "device": device,
    }


class OfflineStall:
    """Sell and count one event from the local snapshot; every entry goes to the outbox."""

    def __init__(self, path: Path, event_id: uuid.UUID, device: str | None = None) -> None:
        self._path = path
        self._event_id = event_id
        self._device = device
        with closing(connect(path)) as connection:
            found = connection.execute(
                "SELECT name FROM snapshot_event WHERE event_id = ?", (str(event_id),)
            ).fetchone()
        if found is None:
            raise NotFound(
                "This computer has no offline copy of that event; take one while online."
            )
        self.event_name: str = found[0]

    def _entries(self, connection: sqlite3.Connection) -> list[dict[str, Any]]:
        rows = connection.execute(
            "SELECT payload FROM outbox WHERE event_id = ? ORDER BY seq", (str(self._event_id),)
        ).fetchall()
        return [json.loads(payload) for (payload,) in rows]

    def products(self) -> list[StallProduct]:
        """Products with what the stall holds: the snapshot plus entries made since."""
        with closing(connect(self._path)) as connection:
            delta: dict[str, int] = {}
            for entry in self._entries(connection):
                delta[entry["product_id"]] = delta.get(entry["product_id"], 0) + entry["quantity"]
            rows = connection.execute(
                "SELECT product_id, sku, name, price_cents, at_stall, thumbnail "
                "FROM snapshot_product WHERE event_id = ? ORDER BY name",
                (str(self._event_id),),
            ).fetchall()
        return [
            StallProduct(uuid.UUID(pid), sku, name, price, held + delta.get(pid, 0), thumb)
            for pid, sku, name, price, held, thumb in rows
        ]

    def pending(self) -> int:
        """Entries waiting to be sent (for every event in this file)."""
        with closing(connect(self._path)) as connection:
            return int(connection.execute("SELECT count(*) FROM outbox").fetchone()[0])

    def _held(self, product_id: uuid.UUID) -> int:
        for product in self.products():
            if product.product_id == product_id:
                return product.at_stall
        raise ValidationFailed("product", "That product is not on this event's list.")

    def _append(self, *payloads: dict[str, Any]) -> None:
        with closing(connect(self._path)) as connection, transaction(connection):
            connection.executemany(
                "INSERT OR IGNORE INTO outbox (id, event_id, payload, created_at) "
                "VALUES (?, ?, ?, ?)",
                [(p["id"], p["event_id"], json.dumps(p), utcnow().isoformat()) for p in payloads],
            )

    def record_sale(self, sale: Sale, *, confirm_oversell: bool = False) -> None:
        """Record a sale in the outbox; same rules as online (an oversell must be confirmed)."""
        if sale.quantity <= 0:
            raise ValidationFailed("quantity", "Sell at least one.")
        if sale.unit_price_cents < 0:
            raise ValidationFailed("price", "A price cannot be negative.")
        held = self._held(sale.product_id)
        payloads = []
        if sale.quantity > held:
            if not confirm_oversell:
                raise Oversell(held, sale.quantity)
            payloads.append(
                self._payload(
                    new_id(),
                    sale.product_id,
                    sale.quantity - max(held, 0),
                    MovementReason.COUNT_ADJUSTMENT,
                    sale.occurred_at,
                    note="oversell confirmed at the stall (offline)",
                )
            )
        payloads.append(
            self._payload(
                sale.id,
                sale.product_id,
                -sale.quantity,
                MovementReason.SALE,
                sale.occurred_at,
                unit_price_cents=sale.unit_price_cents,
                payment=PaymentMethod(sale.payment).value,
            )
        )
        self._append(*payloads)

    def record_count(self, product_id: uuid.UUID, counted: int) -> int:
        """A count offline: the delta against what this laptop knew becomes an adjustment."""
        if counted < 0:
            raise ValidationFailed("counted", "A count cannot be negative.")
        delta = counted - self._held(product_id)
        if delta:
            self._append(
                self._payload(
                    new_id(),
                    product_id,
                    delta,
                    MovementReason.COUNT_ADJUSTMENT,
                    utcnow(),
                    note="stall count (offline)",
                )
            )
        return delta

    def undo_last_sale(self) -> uuid.UUID | None:
        """Reverse the latest sale made on this laptop that is not undone yet."""
        with closing(connect(self._path)) as connection:
            entries = self._entries(connection)
        undone = {e["reverses_id"] for e in entries if e["reverses_id"]}
        for entry in reversed(entries):
            if entry["reason"] == "sale" and not entry["reverses_id"] and entry["id"] not in undone:
                self._append(
                    self._payload(
                        new_id(),
                        uuid.UUID(entry["product_id"]),
                        -entry["quantity"],
                        MovementReason.SALE,
                        utcnow(),
                        unit_price_cents=entry["unit_price_cents"],
                        payment=entry["payment"],
                        reverses_id=uuid.UUID(entry["id"]),
                        note="undo",
                    )
                )
                return uuid.UUID(entry["id"])
        return None

    def _payload(
        self,
        id: uuid.UUID,
        product_id: uuid.UUID,
        quantity: int,
        reason: MovementReason,
        occurred_at: datetime,
        **extra: Any,
    ) -> dict[str, Any]:
        return movement_payload(
            id=id,
            product_id=product_id,
            quantity=quantity,
            reason=reason,
            event_id=self._event_id,
            occurred_at=occurred_at,
            device=self._device,
            **extra,
        )
