"""CSV export and import throughput, against plain baselines in the same process.

Fills a throw-away SQLite file (or, with ``--pg``, a throw-away PostgreSQL database on
``PRINTSHOP_TEST_PG_URL``) with products and ledger movements, then times:

- ``csv_export.export_csv(movements)`` vs. a raw ``SELECT`` written with ``csv.writer``;
- ``csv_import.import_stream`` of a products file into an empty database (every row through
  the services, one savepoint each) vs. a bulk INSERT of the same rows with no checks;
- the same for a movements file (``ledger.record`` per row), and its preview (``parse``, the
  dry run the GUI shows before ``apply``, which costs about the same again).

    .venv/bin/python benchmarks/bench_csv.py [--products 2000] [--movements 20000] [--pg]
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import random
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import create_engine, insert, select, text
from sqlalchemy.engine import URL, make_url

from printshop_desktop.db.database import Database, open_database
from printshop_desktop.db.inventory import Product
from printshop_desktop.db.inventory import StockMovement as Movement
from printshop_desktop.services import csv_export, csv_import

ADMIN = os.environ.get("PRINTSHOP_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1/postgres")


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def products_csv(count: int) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["sku", "name", "kind", "price", "cost", "reorder_level"])
    for n in range(count):
        writer.writerow([f"SKU-{n:05d}", f"Item {n}", "finished_good", "12.50", "3.10", 2])
    return out.getvalue()


def movements_csv(skus: list[str], count: int) -> str:
    rng = random.Random(7)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["id", "sku", "quantity", "reason", "location", "occurred_at"])
    for _ in range(count):
        qty = rng.choice((5, 3, -1, -2))
        reason = "print_produced" if qty > 0 else "sale"
        writer.writerow([uuid.uuid4(), rng.choice(skus), qty, reason, "workshop",
                         "2026-06-01T10:00:00Z"])  # fmt: skip
    return out.getvalue()


def import_text(database: Database, entity: str, text: str) -> None:
    with database.session() as session:
        csv_import.import_stream(session, entity, io.StringIO(text), stock_levels=False)


def preview_text(database: Database, entity: str, text: str) -> None:
    with database.session() as session:
        checked = csv_import.parse(session, entity, io.StringIO(text), stock_levels=False)
        assert not checked.errors, checked.errors[:3]


def baseline_products(database: Database, text: str) -> None:
    rows = list(csv.DictReader(io.StringIO(text)))
    with database.session() as session:
        session.execute(
            insert(Product),
            [
                {
                    "id": uuid.uuid4(),
                    "sku": r["sku"],
                    "name": r["name"],
                    "kind": r["kind"],
                    "price_cents": 1250,
                    "cost_cents": 310,
                    "reorder_level": 2,
                }
                for r in rows
            ],
        )


def baseline_movements(database: Database, text: str) -> None:
    rows = list(csv.DictReader(io.StringIO(text)))
    with database.session() as session:
        ids = dict(session.execute(select(Product.sku, Product.id)).all())
        session.execute(
            insert(Movement),
            [
                {"id": uuid.UUID(r["id"]), "product_id": ids[r["sku"]],
                 "quantity": int(r["quantity"]), "reason": r["reason"], "location": "workshop"}
                for r in rows
            ],
        )  # fmt: skip


def raw_export(database: Database) -> None:
    out = io.StringIO()
    writer = csv.writer(out)
    with database.engine.connect() as connection:
        for row in connection.execute(text("SELECT * FROM stock_movement")):
            writer.writerow(row)


def run(make_db: Callable[[str], Database], products: int, movements: int) -> None:
    product_text = products_csv(products)
    skus = [f"SKU-{n:05d}" for n in range(products)]
    movement_text = movements_csv(skus, movements)
    ours, base = make_db("ours"), make_db("base")
    try:
        t_products = timed(lambda: import_text(ours, "products", product_text))
        b_products = timed(lambda: baseline_products(base, product_text))
        t_preview = timed(lambda: preview_text(ours, "movements", movement_text))
        t_moves = timed(lambda: import_text(ours, "movements", movement_text))
        b_moves = timed(lambda: baseline_movements(base, movement_text))
        with ours.session() as session:
            t_export = timed(lambda: csv_export.export_csv(session, "movements", io.StringIO()))
        b_export = timed(lambda: raw_export(ours))
    finally:
        ours.dispose()
        base.dispose()
    print(f"{ours.description.split()[0]}: {products} products, {movements} movements")
    for name, ours_s, base_s, rows in (
        ("import products", t_products, b_products, products),
        ("preview movements (dry run)", t_preview, b_moves, movements),
        ("import movements", t_moves, b_moves, movements),
        ("export movements", t_export, b_export, movements),
    ):
        print(
            f"  {name:<32} {ours_s:7.2f} s ({rows / ours_s:8.0f} rows/s)   "
            f"baseline {base_s:6.2f} s   ratio {ours_s / base_s:5.1f}x"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--products", type=int, default=2000)
    parser.add_argument("--movements", type=int, default=20000)
    parser.add_argument("--pg", action="store_true", help="run on PostgreSQL instead of SQLite")
    args = parser.parse_args()
    if not args.pg:
        with tempfile.TemporaryDirectory() as folder:
            run(
                lambda name: open_database(
                    URL.create("sqlite+pysqlite", database=str(Path(folder) / f"{name}.db"))
                ),
                args.products,
                args.movements,
            )
        return
    admin_url = make_url(ADMIN).set(drivername="postgresql+psycopg")
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    names = [f"bench_csv_{uuid.uuid4().hex[:8]}_{n}" for n in ("ours", "base")]
    with admin.connect() as connection:
        for name in names:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        lookup = dict(zip(("ours", "base"), names, strict=True))
        run(lambda n: open_database(admin_url.set(database=lookup[n])), args.products,
            args.movements)  # fmt: skip
    finally:
        with admin.connect() as connection:
            for name in names:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


if __name__ == "__main__":
    main()
