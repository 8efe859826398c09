"""The Inventory tab on the real threaded runner: every read and write happens off the GUI
thread and the results arrive back on it."""

from __future__ import annotations

from gui_helpers import WindowFactory, show_shop
from pytestqt.qtbot import QtBot

from printshop_desktop.db.database import Database
from printshop_desktop.gui.runner import ThreadRunner


def test_weigh_in_and_charts_on_worker_threads(
    make_window: WindowFactory, demo_sqlite_db: Database, thread_runner: ThreadRunner,
    qtbot: QtBot,
) -> None:  # fmt: skip
    window = make_window(thread_runner)
    show_shop(window, demo_sqlite_db)
    tab = window.inventory
    window.ui.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.filaments.rowCount() == 10 and tab.spool_panel.model.rowCount())
    qtbot.waitUntil(lambda: tab.ui.spoolTable.current_row() is not None)
    spool = tab.ui.spoolTable.current_row()
    dialog = tab.filament_actions.weigh_in()
    qtbot.waitUntil(lambda: dialog.state is not None and dialog.ok_button().isEnabled())
    dialog.ui.grossSpin.setValue(spool.remaining_g + spool.tare_g - 12)
    with qtbot.waitSignal(dialog.saved):
        dialog.ok_button().click()
    qtbot.waitUntil(
        lambda: (
            tab.ui.spoolTable.current_row() is not None
            and tab.ui.spoolTable.current_row().remaining_g == spool.remaining_g - 12
        )
    )
    tab.show_charts()
    qtbot.waitUntil(lambda: bool(tab.charts.usage.series) and bool(tab.charts.history.lines))
