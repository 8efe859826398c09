"""App start to a usable main window on a big shop: 10k models, 1M ledger rows (≤ 1.5 s).

Builds an embedded (SQLite) database of that size once in a temp folder, then starts
``printshop`` in a fresh process (offscreen) and measures from process start until the
Catalog table shows its rows and the first tab's load has finished. The baseline, in the
same command, is a fresh process that opens an empty QMainWindow: the cost of Python and Qt
alone. Prints both and the ratio.

    .venv/bin/python benchmarks/bench_startup.py [--models 10000] [--rows 1000000]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

from printshop_desktop.db.database import open_database
from printshop_desktop.db.engine import sqlite_url

PROBE = r"""
import time, sys
t0 = time.perf_counter()
import os
from PySide6.QtWidgets import QApplication
app = QApplication([])
mode = sys.argv[1]
if mode == "baseline":
    from PySide6.QtWidgets import QMainWindow
    w = QMainWindow(); w.resize(1280, 800); w.show(); app.processEvents()
    print(time.perf_counter() - t0); sys.exit(0)
from printshop_desktop.gui.app import configure_application
from printshop_desktop.gui.main_window import MainWindow
from printshop_desktop.gui.runner import ThreadRunner
from printshop_desktop.keychain import Keychain
from PySide6.QtCore import QTimer
configure_application(app)
runner = ThreadRunner()
window = MainWindow(runner, Keychain(), defer_hidden_tabs=True)  # as the app
window.show()
def ready():
    tab = window.current_tab()
    table = tab.current_table()
    if table.proxy.rowCount() > 0:
        print(time.perf_counter() - t0)
        app.quit()
    else:
        QTimer.singleShot(5, ready)
tab = window.current_tab()
tab.loaded.connect(ready)
window.start()
QTimer.singleShot(60000, app.quit)
app.exec()
runner.shutdown()
"""


def build(path: Path, models: int, rows: int) -> None:
    open_database(sqlite_url(path)).dispose()
    connection = sqlite3.connect(path)
    now = "2026-06-01 00:00:00.000000"
    designer = uuid.uuid4().hex
    connection.execute(
        "INSERT INTO designer (id, name, created_at, updated_at, version_id) "
        "VALUES (?, 'Bench designer', ?, ?, 1)", (designer, now, now))
    connection.executemany(
        "INSERT INTO model (id, name, designer_id, category, tags, selling_allowed, archived, "
        "created_at, updated_at, version_id) VALUES (?, ?, ?, 'Bench', '[]', 1, 0, ?, ?, 1)",
        ((uuid.uuid4().hex, f"Model {n:05d}", designer, now, now) for n in range(models)))
    products = [uuid.uuid4().hex for _ in range(models)]
    connection.executemany(
        "INSERT INTO product (id, kind, sku, name, price_cents, cost_cents, reorder_level, "
        "archived, created_at, updated_at, version_id) "
        "VALUES (?, 'finished_good', ?, ?, 500, 200, 2, 0, ?, ?, 1)",
        ((pid, f"SKU-{n:05d}", f"Item {n}", now, now) for n, pid in enumerate(products)))
    connection.executemany(
        "INSERT INTO stock_movement (id, product_id, quantity, reason, location, occurred_at, "
        "recorded_at) VALUES (?, ?, ?, 'print_produced', 'workshop', ?, ?)",
        ((uuid.uuid4().hex, products[n % models], 1 + n % 5, now, now) for n in range(rows)))
    connection.commit()
    connection.execute("ANALYZE")
    connection.close()


def run(mode: str, env: dict[str, str]) -> float:
    out = subprocess.run([sys.executable, "-c", PROBE, mode], env=env, capture_output=True,
                         text=True, timeout=120, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", type=int, default=10_000)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "big.sqlite3"
        build(db, args.models, args.rows)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PRINTSHOP_CONFIG_DIR=folder,
                   XDG_CONFIG_HOME=folder,  # QSettings too: the window opens on the Catalog
                   PRINTSHOP_DATA_DIR=folder, PRINTSHOP_CACHE_DIR=folder,
                   PRINTSHOP_DATABASE_URL=f"sqlite:///{db}")
        env.pop("DISPLAY", None)
        run("app", env)  # warm the OS file cache, as a second start would be
        ours = statistics.median(run("app", env) for _ in range(args.runs))
        base = statistics.median(run("baseline", env) for _ in range(args.runs))
    print(f"start to usable window, {args.models:,} models and {args.rows:,} ledger rows "
          f"(SQLite, offscreen):")
    print(f"  printshop main window with the catalog loaded: {ours:6.3f} s median "
          f"(target <= 1.5 s)")
    print(f"  baseline (Python + Qt, empty window):          {base:6.3f} s median")
    print(f"  ratio ours/baseline: {ours / base:.1f}x")


if __name__ == "__main__":
    main()
