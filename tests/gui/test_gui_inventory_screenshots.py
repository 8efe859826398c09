"""Screenshots of the Inventory tab and its dialogs, saved to ``screenshots/`` to be looked at."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from gui_helpers import WindowFactory
from inventory_helpers import open_inventory, press_ok, select
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from printshop_desktop.db.database import Database
from printshop_desktop.services import inventory, inventory_edit

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
FILAMENTS_CSV = (
    "brand,material,colour_name,colour_hex,price_per_kg,reorder_level_g\n"
    "Elegoo,PLA,Cosmic Blue,#2A4B8D,18.99,500\n"
    "Elegoo,PLA,Mystery,not-a-colour,18.99,0\n"
    "Elegoo,PETG,Clear,#E8F1F2,19.5,250\n"
    "Elegoo,PLA,Ruby,#9B111E,18.999,250\n"
)


def add_supplier_links(database: Database) -> None:
    """The demo has no supplier links; a shop would have them for what it buys."""
    links = {
        "White": "https://eu.store.bambulab.com/products/pla-basic-filament",
        "Jet Black": "https://www.prusa3d.com/product/prusament-pla-jet-black-1kg/",
    }
    with database.session() as session:
        for row in inventory.list_filaments(session):
            if row.colour_name in links:
                detail = inventory_edit.get_filament(session, row.id)
                data = replace(detail.data, supplier_url=links[row.colour_name])
                inventory_edit.update_filament(session, row.id, data)


def save(widget: QWidget, name: str) -> Path:
    SCREENSHOTS.mkdir(exist_ok=True)
    for _ in range(3):  # charts size their axes on the next paint
        QApplication.processEvents()
    path = SCREENSHOTS / f"{name}.png"
    assert widget.grab().save(str(path))
    assert path.stat().st_size > 5_000
    return path


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_screenshots_of_the_inventory_tab(
    make_window: WindowFactory, demo_database: Database, qtbot: QtBot, tmp_path: Path
) -> None:
    add_supplier_links(demo_database)
    window, tab = open_inventory(make_window, demo_database)
    select(tab.ui.filamentTable, lambda r: r.colour_name == "Gold")
    save(window, "inventory_1_filament_and_spools")
    tab.show_products()
    select(tab.ui.productTable, lambda r: r.kind == "finished_good")
    save(window, "inventory_2_products")
    tab.product_actions.product_history()
    ledger = tab.ledgers[-1]
    qtbot.waitExposed(ledger)
    save(ledger, "inventory_3_product_history")
    ledger.close()
    tab.show_low_stock()
    save(window, "inventory_4_low_stock")
    tab.show_charts()
    save(window, "inventory_5_charts")
    tab.show_filaments()
    select(tab.ui.filamentTable, lambda r: r.colour_name == "Galaxy Black")
    tab.filament_actions.filament_history()
    save(tab.ledgers[-1], "inventory_6_filament_history")
    tab.ledgers[-1].close()
    weigh = tab.filament_actions.weigh_in()
    weigh.ui.grossSpin.setValue(weigh.ui.grossSpin.value() - 38)
    save(weigh, "inventory_7_weigh_in")
    weigh.reject()


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_screenshots_of_inventory_dialogs(
    make_window: WindowFactory, demo_database: Database, tmp_path: Path
) -> None:
    window, tab = open_inventory(make_window, demo_database)
    dialog = tab.filament_actions.new_filament()
    ui = dialog.ui
    ui.brandCombo.setCurrentText("Elegoo")
    ui.colourNameEdit.setText("Cosmic Blue")
    ui.colourHexEdit.setText("#2A4B8Z")
    ui.priceEdit.setText("18.999")
    press_ok(dialog)
    save(dialog, "inventory_8_filament_dialog_refused")
    dialog.reject()
    tab.show_products()
    product = tab.product_actions.new_product()
    product.ui.variantCombo.setCurrentIndex(3)
    product.ui.skuEdit.setText("ACC-CHAIN")
    product.ui.useCostButton.click()
    product.accessories.add()
    press_ok(product)
    save(product, "inventory_9_product_dialog_sku_used")
    product.reject()
    transfer = tab.product_actions.transfer_product()
    transfer.ui.quantitySpin.setValue(2)
    save(transfer, "inventory_10_transfer")
    transfer.reject()
    path = tmp_path / "filaments.csv"
    path.write_text(FILAMENTS_CSV, encoding="utf-8")
    importer = window.inventory_menus.import_csv()
    importer.load_file(path)
    save(importer, "inventory_11_import_preview")
    importer.reject()
    window.inventory_menus.open_settings()
    save(window.inventory_menus.dialog, "inventory_12_shop_settings")
    window.inventory_menus.dialog.reject()
    tab.show_filaments()
    tab.ui.spoolTable.view.selectAll()
    tab.filament_actions.labels.trigger()
    save(tab.dialog, "inventory_13_labels")
    tab.dialog.reject()
