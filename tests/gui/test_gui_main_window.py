"""The real main window on the demo shop, on SQLite and on PostgreSQL."""

from __future__ import annotations

from gui_helpers import WindowFactory, show_shop
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from printshop_desktop.db.database import Database
from printshop_desktop.db.errors import DatabaseUnavailable
from printshop_desktop.gui.main_window import MainWindow
from printshop_desktop.gui.table_model import Role
from printshop_desktop.gui.tabs.catalog.table_models import ModelTableModel
from printshop_desktop.gui.widgets.filtered_table import FilteredTable


def all_tables(window: MainWindow) -> list[FilteredTable]:
    return [table for tab in window.tabs for table in tab.tables()]


def column_values(table: FilteredTable, column: int, role: int = Role.SORT) -> list[object]:
    proxy = table.proxy
    return [proxy.index(row, column).data(role) for row in range(proxy.rowCount())]


def test_every_tab_shows_demo_rows(make_window: WindowFactory, demo_database: Database) -> None:
    window = make_window()
    show_shop(window, demo_database)
    for table in all_tables(window):
        assert table.proxy.rowCount() > 0, table.objectName()
        assert table.ui.stack.currentWidget() is table.ui.tablePage
    status = window.status
    assert status.database_label.text() == demo_database.description
    assert status.state_text() == "Connected"
    assert status.count_label.text() == window.current_tab().count_text()
    assert "models" in status.count_label.text()


def test_sorting_uses_native_values(make_window: WindowFactory, demo_database: Database) -> None:
    window = make_window()
    show_shop(window, demo_database)
    table = window.tabs[0].tables()[0]
    table.view.sortByColumn(ModelTableModel.VARIANTS, Qt.SortOrder.DescendingOrder)
    counts = column_values(table, ModelTableModel.VARIANTS)
    assert counts == sorted(counts, reverse=True)
    assert counts[0] > counts[-1]
    table.view.sortByColumn(ModelTableModel.NAME, Qt.SortOrder.AscendingOrder)
    names = column_values(table, ModelTableModel.NAME, Qt.ItemDataRole.DisplayRole)
    assert names == sorted(names, key=str.casefold)


def test_filter_box_narrows_rows(
    make_window: WindowFactory, demo_database: Database, qtbot: QtBot
) -> None:
    window = make_window()
    show_shop(window, demo_database)
    table = window.tabs[0].tables()[0]
    total = table.proxy.rowCount()
    qtbot.keyClicks(table.ui.filterEdit, "DRAGON")
    names = column_values(table, ModelTableModel.NAME, Qt.ItemDataRole.DisplayRole)
    assert 0 < len(names) < total
    assert all("dragon" in " ".join(str(v) for v in row_texts(table, r)).lower()
               for r in range(len(names)))
    assert window.status.count_label.text() == f"{len(names)} of {total} models"
    qtbot.keyClick(table.ui.filterEdit, Qt.Key.Key_Escape)
    assert table.proxy.rowCount() == total


def row_texts(table: FilteredTable, row: int) -> list[object]:
    proxy = table.proxy
    return [proxy.index(row, c).data(Role.FILTER) for c in range(proxy.columnCount())]


def test_filter_with_no_match_says_so(make_window: WindowFactory, demo_database: Database) -> None:
    window = make_window()
    show_shop(window, demo_database)
    table = window.tabs[3].tables()[0]
    table.ui.filterEdit.setText("no such event anywhere")
    assert table.proxy.rowCount() == 0
    assert "Nothing matches" in table.ui.emptyLabel.text()


def test_menus_and_shortcuts(
    make_window: WindowFactory, demo_sqlite_db: Database, qtbot: QtBot
) -> None:
    window = make_window()
    show_shop(window, demo_sqlite_db)
    ui = window.ui
    expected = {
        ui.actionQuit: "Ctrl+Q", ui.actionFind: "Ctrl+F", ui.actionRefresh: "F5",
        ui.actionShowCatalog: "Ctrl+1", ui.actionShowInventory: "Ctrl+2",
        ui.actionShowQueue: "Ctrl+3", ui.actionShowEvents: "Ctrl+4",
    }
    for action, keys in expected.items():
        assert action.shortcut() == QKeySequence(keys), action.objectName()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_tab() is window.tabs[2]
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.tabs[2].tables()[0].ui.filterEdit
    ui.actionShowInventory.trigger()
    window.inventory.show_products()
    ui.actionFind.trigger()
    assert QApplication.focusWidget() is window.tabs[1].tables()[1].ui.filterEdit
    assert "products" in window.status.count_label.text()
    ui.actionRefresh.trigger()
    assert window.tabs[1].tables()[1].proxy.rowCount() > 0
    assert not ui.actionLoadDemoData.isEnabled()


def test_about_names_version_and_database(
    make_window: WindowFactory, demo_sqlite_db: Database
) -> None:
    window = make_window()
    show_shop(window, demo_sqlite_db)
    box = window.show_about()
    assert "0." in box.text() and demo_sqlite_db.description in box.text()
    box.close()


def test_catalog_detail_panel_follows_selection(
    make_window: WindowFactory, demo_sqlite_db: Database
) -> None:
    window = make_window()
    show_shop(window, demo_sqlite_db)
    catalog = window.catalog
    table = catalog.tables()[0]
    table.view.selectRow(2)
    row = table.current_row()
    assert catalog.ui.nameValue.text() == row.name
    assert catalog.detail.variants.rowCount() == row.variants
    assert catalog.ui.detailStack.currentWidget() is catalog.ui.detailsPage


def test_not_for_sale_models_are_marked(
    make_window: WindowFactory, demo_sqlite_db: Database
) -> None:
    window = make_window()
    show_shop(window, demo_sqlite_db)
    model = window.catalog.models
    licences = {row.name: model.index(n, ModelTableModel.LICENCE).data()
                for n, row in enumerate(model.rows())}
    assert "not for sale" in licences["Sleepy Fox"]
    assert "not for sale" not in licences["Flexi Rex"]


def test_lost_server_turns_the_state_offline_and_back(
    make_window: WindowFactory, demo_sqlite_db: Database
) -> None:
    window = make_window()
    show_shop(window, demo_sqlite_db)
    window.catalog.load_failed.emit(DatabaseUnavailable("Cannot reach the database at x: gone"))
    assert window.status.state_text() == "Offline — cannot reach server"
    assert window.banner.isVisible() and "Try again" in window.banner.button_texts()
    window.catalog.reload()
    assert window.status.state_text() == "Connected"
    assert not window.banner.isVisible()
