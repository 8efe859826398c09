"""Starting up: connect in the background, offer the demo on an empty shop, run() returns."""

from __future__ import annotations

import pytest
from gui_helpers import WindowFactory
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import URL

from printshop_desktop.db.database import Database
from printshop_desktop.gui.app import run
from printshop_desktop.gui.demo_offer import OFFER_TITLE
from printshop_desktop.gui.main_window import MainWindow
from printshop_desktop.gui.runner import ThreadRunner


def use_url(monkeypatch: pytest.MonkeyPatch, url: URL | str) -> None:
    if isinstance(url, URL):
        url = url.render_as_string(hide_password=False)
    monkeypatch.setenv("PRINTSHOP_DATABASE_URL", url)


def tables_filled(window: MainWindow) -> bool:
    return all(t.proxy.rowCount() > 0 for tab in window.tabs for t in tab.tables())


def test_window_shows_at_once_and_connects_in_a_worker(
    thread_runner: ThreadRunner, make_window: WindowFactory, demo_sqlite: object,
    monkeypatch: pytest.MonkeyPatch, qtbot: QtBot,
) -> None:
    use_url(monkeypatch, f"sqlite+pysqlite:///{demo_sqlite}")
    window = make_window(thread_runner)
    window.start()
    assert window.status.state_text() == "Connecting…"
    assert window.tabs[0].tables()[0].ui.emptyLabel.text().startswith("Connecting")
    qtbot.waitUntil(lambda: tables_filled(window), timeout=10_000)
    assert window.status.state_text() == "Connected"
    assert str(demo_sqlite) in window.status.database_label.text()
    assert not window.banner.isVisible()


def test_empty_database_offers_the_demo_shop(
    make_window: WindowFactory, database: Database, db_url: URL,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    use_url(monkeypatch, db_url)
    window = make_window()
    window.start()
    assert window.banner.isVisible()
    assert window.banner.ui.titleLabel.text() == OFFER_TITLE
    assert window.ui.actionLoadDemoData.isEnabled()
    catalog_table = window.tabs[0].tables()[0]
    assert "Load demo data" in catalog_table.ui.emptyLabel.text()
    window.banner.click("Load demo shop")
    assert tables_filled(window)
    assert not window.ui.actionLoadDemoData.isEnabled()
    assert "loaded" in window.banner.ui.titleLabel.text()


def test_demo_shop_loads_in_the_real_worker(
    thread_runner: ThreadRunner, make_window: WindowFactory, tmp_path: object,
    monkeypatch: pytest.MonkeyPatch, qtbot: QtBot,
) -> None:
    use_url(monkeypatch, f"sqlite+pysqlite:///{tmp_path}/empty.sqlite3")
    window = make_window(thread_runner)
    window.start()
    qtbot.waitUntil(lambda: window.ui.actionLoadDemoData.isEnabled(), timeout=10_000)
    window.banner.click("Load demo shop")
    assert window.banner.ui.titleLabel.text() == "Loading the demo shop…"
    qtbot.waitUntil(lambda: tables_filled(window), timeout=20_000)


def test_demo_offer_can_be_dismissed_and_used_from_the_menu(
    make_window: WindowFactory, tmp_path: object, monkeypatch: pytest.MonkeyPatch,
) -> None:
    use_url(monkeypatch, f"sqlite+pysqlite:///{tmp_path}/new.sqlite3")
    window = make_window()
    window.start()
    window.banner.click("Not now")
    assert not window.banner.isVisible()
    window.ui.actionLoadDemoData.trigger()
    assert tables_filled(window)


def test_run_opens_the_window_and_returns_when_it_closes(
    qapp: QApplication, demo_sqlite: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    use_url(monkeypatch, f"sqlite+pysqlite:///{demo_sqlite}")
    seen: list[MainWindow] = []
    poll, guard = QTimer(), QTimer()

    def close_when_loaded() -> None:
        windows = [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow)]
        if windows and tables_filled(windows[0]):
            seen.append(windows[0])
            poll.stop()
            windows[0].close()

    poll.timeout.connect(close_when_loaded)
    poll.start(20)
    guard.setSingleShot(True)
    guard.timeout.connect(qapp.quit)
    guard.start(20_000)
    try:
        assert run(["printshop"]) == 0
    finally:
        poll.stop()
        guard.stop()
    assert seen, "the window never showed the demo rows"
    assert not qapp.windowIcon().isNull()
