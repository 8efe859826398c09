"""Low stock and the shopping list, the charts, scanned codes, and the new table models."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from gui_helpers import WindowFactory
from inventory_helpers import open_inventory, rows, select
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from printshop_desktop.db.database import Database
from printshop_desktop.gui.dialogs.import_preview import ImportPreviewModel, preview_lines
from printshop_desktop.gui.tabs.inventory.ledger_model import LedgerTableModel
from printshop_desktop.gui.tabs.inventory.lowstock_model import LowStockTableModel
from printshop_desktop.gui.tabs.inventory.snapshot import load_snapshot
from printshop_desktop.gui.tabs.inventory.spool_model import SpoolTableModel
from printshop_desktop.services import csv_import, inventory_edit, ledger_view, lowstock
from printshop_desktop.services.scan_codes import spool_code


def test_low_stock_lists_the_demo_low_items_and_exports_the_shopping_list(
    make_window: WindowFactory, demo_database: Database, tmp_path: Path
) -> None:
    _window, tab = open_inventory(make_window, demo_database)
    tab.show_low_stock()
    with demo_database.session() as session:
        expected = {item.name for item in lowstock.low_stock(session)}
        orders = lowstock.shopping_list(session)
    shown = {line.item.name for line in rows(tab.ui.lowStockTable)}
    assert shown == expected and expected
    assert tab.ui.views.tabText(2) == f"Low stock ({len(expected)})"
    white = next(r for r in rows(tab.ui.lowStockTable) if "PLA White" in r.item.name)
    model = tab.low_panel.model
    assert model.display(white, LowStockTableModel.ORDER).endswith("spools (4,000 g)")
    assert tab.ui.exportShoppingButton.isEnabled()
    path = tmp_path / "shopping.csv"
    tab.low_panel.export(path)
    with path.open(encoding="utf-8") as stream:
        written = list(csv.DictReader(stream))
    assert {line["name"] for line in written} == {o.item.name for o in orders}
    assert all(int(line["order_quantity"]) > 0 for line in written)


def test_charts_draw_every_filament_and_the_selected_products_history(
    make_window: WindowFactory, demo_sqlite_db: Database
) -> None:
    _window, tab = open_inventory(make_window, demo_sqlite_db)
    tab.show_products()
    product = select(tab.ui.productTable, lambda r: r.sku == "ACC-CARD")
    tab.show_charts()
    charts = tab.charts
    assert charts is not None
    QApplication.processEvents()
    assert len(charts.stock.placed) == tab.filaments.rowCount()
    assert charts.stock.bars is not None
    assert charts.usage.series and charts.usage.series[0].total_g > 0
    assert charts.product_combo.currentText().startswith(product.sku)
    assert charts.history.lines and charts.history.lines[-1].balance == product.on_hand
    assert not charts.grab().isNull()


def test_a_scanned_spool_label_selects_its_spool(
    make_window: WindowFactory, demo_sqlite_db: Database, qtbot: QtBot
) -> None:
    _window, tab = open_inventory(make_window, demo_sqlite_db)
    with demo_sqlite_db.session() as session:
        spool = next(s for s in inventory_edit.list_spools(session) if "Orange" in s.filament)
    tab.show_products()
    edit = tab.ui.productTable.ui.filterEdit
    edit.setFocus()
    qtbot.keyClicks(edit, spool_code(spool.id).lower())  # scanners may send lower case
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert tab.ui.views.currentIndex() == 0
    assert tab.ui.filamentTable.current_row().id == spool.filament_id
    assert tab.ui.spoolTable.current_row().id == spool.id
    assert tab.ui.filamentTable.ui.filterEdit.text() == ""
    edit = tab.ui.filamentTable.ui.filterEdit
    qtbot.keyClicks(edit, "acc-hook")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert tab.ui.views.currentIndex() == 1
    assert tab.ui.productTable.current_row().sku == "ACC-HOOK"
    assert tab.scanner.last is not None and tab.scanner.last.hit is not None


def _model_rows(database: Database) -> dict[type, list[Any]]:
    with database.session() as session:
        snapshot = load_snapshot(session)
        spools = inventory_edit.list_spools(session)
        history = ledger_view.item_ledger(session, filament_id=spools[0].filament_id)
        text = "brand,material,colour_name,colour_hex\nAcme,PLA,Red,#FF0000\nAcme,PLA,Bad,#XYZ\n"
        from io import StringIO

        preview = csv_import.parse(session, "filaments", StringIO(text))
    return {
        SpoolTableModel: spools,
        LedgerTableModel: history,
        LowStockTableModel: snapshot.low,
        ImportPreviewModel: preview_lines([preview]),
    }


@pytest.mark.parametrize(
    "cls",
    [SpoolTableModel, LedgerTableModel, LowStockTableModel, ImportPreviewModel],
    ids=lambda c: c.__name__,
)
def test_new_models_pass_the_qt_model_tester(
    cls: type, demo_sqlite_db: Database, qtmodeltester: ModelTester
) -> None:
    data = _model_rows(demo_sqlite_db)[cls]
    model = cls()
    qtmodeltester.check(model)
    model.set_rows(data)
    assert model.rowCount() == len(data) > 0
    qtmodeltester.check(model)
    for column in range(model.columnCount()):
        assert isinstance(model.index(0, column).data(), str)
        model.sort(column, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)


def test_enter_after_plain_filter_text_goes_to_the_first_match(
    make_window: WindowFactory, demo_sqlite_db: Database, qtbot: QtBot
) -> None:
    window, tab = open_inventory(make_window, demo_sqlite_db)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    edit = tab.ui.filamentTable.ui.filterEdit
    edit.setFocus()
    qtbot.keyClicks(edit, "petg")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert tab.ui.filamentTable.current_row().material == "PETG"
    assert QApplication.focusWidget() is tab.ui.filamentTable.view
    edit.setText("zzz-no-such-thing")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert "No spool, filament or product has the code" in window.statusBar().currentMessage()


def test_archiving_a_product_asks_first(
    make_window: WindowFactory, demo_sqlite_db: Database
) -> None:
    _window, tab = open_inventory(make_window, demo_sqlite_db)
    tab.show_products()
    product = select(tab.ui.productTable, lambda r: r.sku == "ACC-LED")
    count = tab.products.rowCount()
    tab.product_actions.archive.trigger()
    box = tab.dialog
    assert "ACC-LED" in box.text()
    box.button(box.StandardButton.Cancel).click()
    assert tab.products.rowCount() == count
    tab.product_actions.archive.trigger()
    tab.dialog.button(tab.dialog.StandardButton.Yes).click()
    assert tab.products.rowCount() == count - 1
    assert product.id not in {r.id for r in tab.products.rows()}
