"""On-hand stock for 10k items over 1M ledger rows on PostgreSQL (target ≤ 100 ms).

Creates a throw-away database on the local server (``PRINTSHOP_TEST_PG_URL``, default
``postgresql://postgres@127.0.0.1/postgres``), fills it with COPY, then times the service call
that the Inventory tab uses against a baseline in the same process: fetching every movement
and summing in Python. Prints the medians and the ratio.

    .venv/bin/python benchmarks/bench_on_hand.py [--items 10000] [--rows 1000000]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import time
import uuid
from collections import defaultdict
from collections.abc import Callable

from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url

from printshop_desktop.db.database import open_database
from printshop_desktop.db.inventory import StockMovement
from printshop_desktop.services import ledger

ADMIN = os.environ.get("PRINTSHOP_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1/postgres")


def median_ms(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def fill(url, items: int, rows: int) -> list[uuid.UUID]:
    database = open_database(url)
    ids = [uuid.uuid4() for _ in range(items)]
    rng = random.Random(1)
    raw = database.engine.raw_connection()
    try:
        cursor = raw.cursor()
        with cursor.copy(
            "COPY product (id, kind, sku, name, price_cents, cost_cents, reorder_level, "
            "archived, created_at, updated_at) FROM STDIN"
        ) as copy:
            for n, pid in enumerate(ids):
                copy.write_row((pid, "finished_good", f"SKU-{n:05d}", f"Item {n}", 500, 200, 2,
                                False, "2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z"))
        with cursor.copy(
            "COPY stock_movement (id, product_id, quantity, reason, location, occurred_at, "
            "recorded_at) FROM STDIN"
        ) as copy:
            for _ in range(rows):
                qty = rng.choice((5, 3, -1, -1, -2))
                copy.write_row((uuid.uuid4(), rng.choice(ids), qty,
                                "print_produced" if qty > 0 else "sale", "workshop",
                                "2026-06-01T00:00:00Z", "2026-06-01T00:00:00Z"))
        raw.commit()
    finally:
        raw.close()
    with database.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as c:
        c.execute(text("VACUUM ANALYZE stock_movement"))
    database.dispose()
    return ids


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    admin_url = make_url(ADMIN).set(drivername="postgresql+psycopg")
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    name = f"printshop_bench_{uuid.uuid4().hex[:8]}"
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        url = admin_url.set(database=name)
        start = time.perf_counter()
        fill(url, args.items, args.rows)
        print(f"filled {args.items:,} products and {args.rows:,} movements "
              f"in {time.perf_counter() - start:.1f} s")
        database = open_database(url)
        with database.session() as session:
            ledger.product_on_hand(session)  # warm the cache as a running app would be

            def ours() -> object:
                return ledger.product_on_hand(session)

            def baseline() -> object:
                totals: dict[uuid.UUID, int] = defaultdict(int)
                for pid, qty in session.execute(
                    select(StockMovement.product_id, StockMovement.quantity)
                ):
                    totals[pid] += qty
                return totals

            assert ours() == dict(baseline())
            ours_ms = median_ms(ours, args.runs)
            base_ms = median_ms(baseline, max(3, args.runs // 2))
        database.dispose()
        print(f"on-hand for {args.items:,} items over {args.rows:,} rows (PostgreSQL):")
        print(f"  ledger.product_on_hand (GROUP BY in the server): {ours_ms:8.1f} ms median "
              f"(target <= 100 ms)")
        print(f"  baseline (fetch every row, sum in Python):      {base_ms:8.1f} ms median")
        print(f"  ratio baseline/ours: {base_ms / ours_ms:.1f}x")
    finally:
        with admin.connect() as c:
            c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


if __name__ == "__main__":
    main()
