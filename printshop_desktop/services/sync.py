"""Replay the offline outbox into the shared database, exactly once.

Entries go in batches with ``INSERT … ON CONFLICT (id) DO NOTHING``; only after the
database committed a batch is it removed from the outbox. A crash between the two, or a
second replay, re-sends entries the database already has, and they are skipped: nothing is
lost and nothing counted twice.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from contextlib import AbstractContextManager, closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from ..db.base import utcnow
from ..db.inventory import StockMovement
from .offline import connect, transaction

BATCH = 1000


@dataclass(frozen=True)
class ReplayReport:
    """What a replay did."""

    sent: int
    already_there: int
    remaining: int


def _row(payload: dict[str, Any], now: datetime) -> dict[str, Any]:
    def as_uuid(value: str | None) -> uuid.UUID | None:
        return uuid.UUID(value) if value else None

    return {
        "id": uuid.UUID(payload["id"]),
        "product_id": as_uuid(payload.get("product_id")),
        "filament_id": as_uuid(payload.get("filament_id")),
        "spool_id": as_uuid(payload.get("spool_id")),
        "quantity": int(payload["quantity"]),
        "reason": payload["reason"],
        "location": payload["location"],
        "job_id": as_uuid(payload.get("job_id")),
        "event_id": as_uuid(payload.get("event_id")),
        "user_id": as_uuid(payload.get("user_id")),
        "device": payload.get("device"),
        "unit_price_cents": payload.get("unit_price_cents"),
        "payment": payload.get("payment"),
        "reverses_id": as_uuid(payload.get("reverses_id")),
        "note": payload.get("note"),
        "occurred_at": datetime.fromisoformat(payload["occurred_at"]),
        "recorded_at": now,
    }


def insert_movements(session: Session, rows: list[dict[str, Any]]) -> int:
    """Insert ledger rows, skipping ids already recorded; returns how many were new."""
    if not rows:
        return 0
    dialect = session.get_bind().dialect.name
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    statement = (
        insert(StockMovement)
        .on_conflict_do_nothing(index_elements=["id"])
        .returning(StockMovement.id)
    )
    # executemany with RETURNING: SQLAlchemy sends it as a few multi-row INSERTs
    # ("insertmanyvalues") without compiling one huge statement per batch.
    return len(session.execute(statement, rows).all())


def replay(
    outbox_path: Path,
    sessions: Callable[[], AbstractContextManager[Session]],
    *,
    batch: int = BATCH,
) -> ReplayReport:
    """Send every waiting entry; ``sessions`` makes a unit of work (``Database.session``)."""
    sent = skipped = 0
    with closing(connect(outbox_path)) as connection:
        while True:
            rows = connection.execute(
                "SELECT seq, payload FROM outbox ORDER BY seq LIMIT ?", (batch,)
            ).fetchall()
            if not rows:
                break
            now = utcnow()
            movements = [_row(json.loads(payload), now) for _seq, payload in rows]
            with sessions() as session:
                new = insert_movements(session, movements)
            sent += new
            skipped += len(movements) - new
            with transaction(connection):
                connection.execute("DELETE FROM outbox WHERE seq <= ?", (rows[-1][0],))
        remaining = int(connection.execute("SELECT count(*) FROM outbox").fetchone()[0])
    return ReplayReport(sent=sent, already_there=skipped, remaining=remaining)
