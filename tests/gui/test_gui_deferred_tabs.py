"""At start the tab on show loads first; the others follow a moment later, or when shown."""

from __future__ import annotations

from gui_helpers import WindowFactory, show_shop
from pytestqt.qtbot import QtBot

from printshop_desktop.db.database import Database
from printshop_desktop.gui.tabs.base_tab import HIDDEN_TAB_DELAY_MS


def test_hidden_tabs_load_after_the_one_on_show(
    make_window: WindowFactory, demo_sqlite_db: Database, qtbot: QtBot
) -> None:
    window = make_window(defer_hidden_tabs=True)
    show_shop(window, demo_sqlite_db)
    catalog, inventory, queue, events = window.tabs
    assert catalog.tables()[0].proxy.rowCount() > 0
    assert queue.tables()[0].proxy.rowCount() == 0  # not yet: the Catalog went first
    window.ui.tabs.setCurrentWidget(queue)  # shown: loads at once
    assert queue.tables()[0].proxy.rowCount() > 0
    qtbot.waitUntil(
        lambda: events.tables()[0].proxy.rowCount() > 0,
        timeout=HIDDEN_TAB_DELAY_MS + 3000,
    )
    assert inventory.tables()[0].proxy.rowCount() > 0
