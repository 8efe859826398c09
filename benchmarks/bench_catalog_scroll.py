"""The Catalog of 10k models with pictures opens and scrolls with no GUI stall over 50 ms.

Builds an embedded (SQLite) shop of 10,000 models, each with a mesh file (24 distinct small
STL files in a local folder store, so the grid shows real rendered pictures), opens the real
main window offscreen, switches the Catalog to its grid of pictures and scrolls it from top to
bottom in 60 steps, while a 5 ms timer on the GUI thread records the largest gap between its
ticks. Baseline, in the same process: the same heartbeat with the window idle. Also prints
the time to load the catalog.

    .venv/bin/python benchmarks/bench_catalog_scroll.py [--models 10000]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import struct
import tempfile
import time
import uuid
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
WORK = Path(tempfile.mkdtemp(prefix="bench-catalog-"))
for name in ("DATA", "CONFIG", "CACHE", "LOG"):
    os.environ[f"PRINTSHOP_{name}_DIR"] = str(WORK / name.lower())
os.environ["XDG_CONFIG_HOME"] = str(WORK / "xdg")

from PySide6.QtCore import QElapsedTimer, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from printshop_desktop.db.database import open_database  # noqa: E402
from printshop_desktop.db.engine import sqlite_url  # noqa: E402
from printshop_desktop.gui.connector import OpenedShop  # noqa: E402
from printshop_desktop.gui.main_window import MainWindow  # noqa: E402
from printshop_desktop.gui.runner import ThreadRunner  # noqa: E402
from printshop_desktop.keychain import Keychain  # noqa: E402
from printshop_desktop.storage import LocalFolderStore  # noqa: E402

HEARTBEAT_MS = 5
DISTINCT_FILES = 24


def pyramid_stl(path: Path, n: int) -> Path:
    """A small binary STL that differs per ``n`` (a stepped pyramid)."""
    triangles = []
    for step in range(n % 6 + 2):
        s = 20.0 - step * 2
        z = step * 3.0
        for a, b, c in (((0, 0), (s, 0), (s, s)), ((0, 0), (s, s), (0, s))):
            triangles.append((*a, z, *b, z, *c, z))
            triangles.append((*a, z + 3, *c, z + 3, *b, z + 3))
    with path.open("wb") as out:
        out.write(f"bench {n}".encode().ljust(80, b" "))
        out.write(struct.pack("<I", len(triangles)))
        for t in triangles:
            out.write(struct.pack("<12fH", 0, 0, 1, *t, 0))
    return path


def build(db: Path, store: LocalFolderStore, models: int) -> None:
    open_database(sqlite_url(db)).dispose()
    now = "2026-06-01 00:00:00.000000"
    files = []
    for n in range(DISTINCT_FILES):
        path = pyramid_stl(WORK / f"part{n}.stl", n)
        stored = store.put(path)
        files.append((uuid.uuid4().hex, stored.sha256, stored.size, path.name))
    connection = sqlite3.connect(db)
    connection.executemany(
        "INSERT INTO file_object (id, sha256, size_bytes, media_type, original_name, store, "
        "state, metadata, created_at) VALUES (?, ?, ?, 'model/stl', ?, 'local', 'stored', '{}', ?)",
        [(fid, sha, size, name, now) for fid, sha, size, name in files],
    )
    model_ids = [uuid.uuid4().hex for _ in range(models)]
    connection.executemany(
        "INSERT INTO model (id, name, category, tags, selling_allowed, archived, created_at, "
        "updated_at, version_id) VALUES (?, ?, 'Bench', '[]', 1, 0, ?, ?, 1)",
        [(mid, f"Model {n:05d}", now, now) for n, mid in enumerate(model_ids)],
    )
    connection.executemany(
        "INSERT INTO model_file (id, model_id, file_object_id, added_at) VALUES (?, ?, ?, ?)",
        [
            (uuid.uuid4().hex, mid, files[n % DISTINCT_FILES][0], now)
            for n, mid in enumerate(model_ids)
        ],
    )
    connection.commit()
    connection.close()


class Heartbeat:
    """The largest gap between ticks of a 5 ms timer on the GUI thread."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(HEARTBEAT_MS)
        self.timer.timeout.connect(self._tick)
        self.clock = QElapsedTimer()
        self.worst = 0.0

    def start(self) -> None:
        self.worst = 0.0
        self.clock.start()
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        return self.worst

    def _tick(self) -> None:
        self.worst = max(self.worst, self.clock.nsecsElapsed() / 1e6)
        self.clock.restart()


def pump(app: QApplication, seconds: float, until=None) -> bool:  # type: ignore[no-untyped-def]
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.001)
        if until is not None and until():
            return True
    return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", type=int, default=10_000)
    args = parser.parse_args()
    app = QApplication([])
    store = LocalFolderStore(WORK / "store")
    db = WORK / "shop.sqlite3"
    build(db, store, args.models)
    runner = ThreadRunner()
    window = MainWindow(runner, Keychain())
    window.resize(1280, 800)
    window.show()
    tab = window.tabs[0]
    beat = Heartbeat()
    pump(app, 1.0)

    started = time.perf_counter()
    window.use_shop(
        OpenedShop(database=open_database(sqlite_url(db)), empty=False, read_only=False)
    )
    pump(app, 60, lambda: tab.tables()[0].proxy.rowCount() == args.models)
    loaded = time.perf_counter() - started
    window.files.file_store.use(store)  # the shop's files (after it opened the default store)
    pump(app, 5.0)  # helpers warmed up, window settled

    beat.start()
    pump(app, 3.0)
    idle = beat.stop()

    tab.view_switch.set_mode(1)  # the grid of pictures
    pump(app, 1.0)
    bar = tab.grid.verticalScrollBar()
    beat.start()
    for step in range(61):
        bar.setValue(bar.maximum() * step // 60)
        pump(app, 0.05)
    pump(app, 3.0)  # pictures arriving for the last screen
    scrolling = beat.stop()
    runner.shutdown()
    print(f"Catalog of {args.models:,} models with pictures (SQLite, offscreen):")
    print(f"  catalog loaded and shown:             {loaded:6.2f} s")
    print(f"  longest GUI stall scrolling the grid: {scrolling:6.1f} ms (target <= 50 ms)")
    print(f"  baseline, idle window, same timer:    {idle:6.1f} ms")
    print(f"  ratio scrolling/idle: {scrolling / idle:.1f}x")
    pictures = len(list((WORK / "cache").rglob("*.png")))
    print(f"  pictures drawn and cached while scrolling: {pictures} of {DISTINCT_FILES} files")


if __name__ == "__main__":
    main()
