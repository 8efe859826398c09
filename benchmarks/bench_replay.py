"""Replay of 10k offline stall entries into PostgreSQL (target ≤ 2 s, exactly once).

Makes a throw-away database on the local server (``PRINTSHOP_TEST_PG_URL``), an event with
one product at the stall, and an outbox with N sales written through ``OfflineStall``. Times
``sync.replay`` (batched INSERT … ON CONFLICT DO NOTHING) against a baseline in the same
process: the same entries recorded one by one through ``ledger.record``. Then replays the
same entries again and checks nothing was counted twice.

    .venv/bin/python benchmarks/bench_replay.py [--entries 10000]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import tempfile
import time
import uuid
from datetime import date
from pathlib import Path

from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from printshop_desktop.db.database import open_database
from printshop_desktop.db.enums import EventStatus, MovementReason
from printshop_desktop.db.inventory import StockMovement
from printshop_desktop.services import events, inventory, ledger, offline, stall, sync

ADMIN = os.environ.get("PRINTSHOP_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1/postgres")


def prepare(database, entries: int, folder: Path) -> Path:
    with database.session() as session:
        product = inventory.create_product(session, inventory.ProductInput("BEE-1", "Bee"))
        ledger.record(session, ledger.MovementInput(
            quantity=entries + 10, reason=MovementReason.PRINT_PRODUCED, product_id=product))
        event = events.create_event(session, events.EventInput(
            "Bench Fair", date(2026, 7, 4), date(2026, 7, 4)))
        stall.set_status(session, event, EventStatus.PACKING)
        stall.pack(session, event, product, entries + 10)
        path = folder / "stall.sqlite3"
        offline.take_snapshot(session, path, event)
    laptop = offline.OfflineStall(path, event, device="bench")
    connection = offline.connect(path)
    with offline.transaction(connection):  # as N taps on the sale button, written at once
        connection.executemany(
            "INSERT INTO outbox (id, event_id, payload, created_at) VALUES (?, ?, ?, ?)",
            [(str(p["id"]), str(event), json.dumps(p), p["occurred_at"]) for p in (
                offline.movement_payload(
                    id=uuid.uuid4(), product_id=product, quantity=-1,
                    reason=MovementReason.SALE, event_id=event, occurred_at=sync.utcnow(),
                    unit_price_cents=600, payment="cash", device="bench")
                for _ in range(entries))],
        )
    connection.close()
    assert laptop.pending() == entries
    return path


def count(database) -> int:
    with database.session() as session:
        return int(session.scalar(select(func.count()).select_from(StockMovement)) or 0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=10_000)
    args = parser.parse_args()
    admin_url = make_url(ADMIN).set(drivername="postgresql+psycopg")
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    names = [f"printshop_bench_{uuid.uuid4().hex[:8]}" for _ in range(2)]
    folder = Path(tempfile.mkdtemp())
    try:
        with admin.connect() as c:
            for name in names:
                c.execute(text(f'CREATE DATABASE "{name}"'))
        ours_db = open_database(admin_url.set(database=names[0]))
        base_db = open_database(admin_url.set(database=names[1]))
        (folder / "a").mkdir()
        (folder / "b").mkdir()
        ours_path = prepare(ours_db, args.entries, folder / "a")
        base_path = prepare(base_db, args.entries, folder / "b")
        before = count(ours_db)
        keep = folder / "copy.sqlite3"
        shutil.copy(ours_path, keep)

        start = time.perf_counter()
        report = sync.replay(ours_path, ours_db.session)
        ours_s = time.perf_counter() - start
        assert report.sent == args.entries and count(ours_db) == before + args.entries

        shutil.copy(keep, ours_path)  # the same outbox again, as after a crash
        again = sync.replay(ours_path, ours_db.session)
        assert again.sent == 0 and count(ours_db) == before + args.entries

        with sqlite3.connect(base_path) as c:
            payloads = [json.loads(p) for (p,) in c.execute("SELECT payload FROM outbox")]
        start = time.perf_counter()
        with base_db.session() as session:
            for p in payloads:
                ledger.record(session, ledger.MovementInput(
                    id=uuid.UUID(p["id"]), quantity=p["quantity"], reason=MovementReason.SALE,
                    product_id=uuid.UUID(p["product_id"]), location=p["location"],
                    event_id=uuid.UUID(p["event_id"]), unit_price_cents=p["unit_price_cents"]))
        base_s = time.perf_counter() - start
        ours_db.dispose()
        base_db.dispose()
        print(f"replay of {args.entries:,} offline entries into PostgreSQL:")
        print(f"  sync.replay (batched ON CONFLICT DO NOTHING): {ours_s:6.2f} s (target <= 2 s)")
        print(f"  replayed again: {again.sent} new, {again.already_there:,} skipped (exactly once)")
        print(f"  baseline (ledger.record one by one):         {base_s:6.2f} s")
        print(f"  ratio baseline/ours: {base_s / ours_s:.1f}x")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        with admin.connect() as c:
            for name in names:
                c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


if __name__ == "__main__":
    main()
