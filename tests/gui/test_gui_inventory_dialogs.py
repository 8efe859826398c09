"""Filament and product dialogs through the real main window, on SQLite and PostgreSQL:
saves land in the tables; refusals show in red under the field and save nothing."""

from __future__ import annotations

import pytest
from gui_helpers import WindowFactory
from inventory_helpers import open_inventory, press_ok, select
from PySide6.QtWidgets import QApplication

from printshop_desktop.db.database import Database
from printshop_desktop.db.enums import ProductKind
from printshop_desktop.gui.tabs.inventory.selection import current_id
from printshop_desktop.services import inventory, inventory_edit


def _filament_count(database: Database) -> int:
    with database.session() as session:
        return len(inventory.list_filaments(session, include_archived=True))


def test_new_filament_is_saved_and_selected(
    make_window: WindowFactory, demo_database: Database
) -> None:
    _window, tab = open_inventory(make_window, demo_database)
    dialog = tab.filament_actions.new_filament()
    ui = dialog.ui
    assert "Prusament" in [ui.brandCombo.itemText(i) for i in range(ui.brandCombo.count())]
    ui.brandCombo.setCurrentText("Elegoo")
    ui.materialCombo.setCurrentText("pla+")
    ui.colourNameEdit.setText("Cosmic Blue")
    ui.colourHexEdit.setText("#2a4b8d")
    ui.priceEdit.setText("18.99")
    ui.reorderSpin.setValue(500)
    ui.supplierEdit.setText("https://www.elegoo.com/pla")
    press_ok(dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    row = tab.ui.filamentTable.current_row()
    assert (row.brand, row.material, row.colour_name) == ("Elegoo", "PLA+", "Cosmic Blue")
    assert (row.colour_hex, row.price_per_kg_cents, row.reorder_level_g) == ("#2A4B8D", 1899, 500)
    assert row.low  # a new filament has no stock, so it is at its reorder level
    assert tab.ui.views.tabText(0) == "Filament (11)"


def test_a_bad_colour_code_is_explained_under_the_field_and_nothing_is_saved(
    make_window: WindowFactory, demo_database: Database
) -> None:
    _window, tab = open_inventory(make_window, demo_database)
    before = _filament_count(demo_database)
    dialog = tab.filament_actions.new_filament()
    ui = dialog.ui
    ui.brandCombo.setCurrentText("Elegoo")
    ui.colourNameEdit.setText("Mystery")
    ui.colourHexEdit.setText("#12GG45")
    press_ok(dialog)
    assert dialog.isVisible()
    message = dialog.errors.message("colour_hex")
    assert message == "Colour must be a hex code like #1A2B3C."
    label = dialog.errors.label("colour_hex")
    assert label.isVisible()
    hex_row = ui.colourHexEdit.mapTo(dialog, ui.colourHexEdit.rect().bottomLeft())
    assert 0 <= label.mapTo(dialog, label.rect().topLeft()).y() - hex_row.y() < 30
    assert not dialog.errors.message("brand")
    assert _filament_count(demo_database) == before
    ui.colourHexEdit.setText("#124545")
    press_ok(dialog)
    assert not dialog.isVisible()
    assert _filament_count(demo_database) == before + 1


def test_a_product_with_its_accessories_is_saved(
    make_window: WindowFactory, demo_database: Database
) -> None:
    _window, tab = open_inventory(make_window, demo_database)
    tab.show_products()
    dialog = tab.product_actions.new_product()
    ui = dialog.ui
    assert ui.variantCombo.count() > 1
    ui.variantCombo.setCurrentIndex(1)
    assert ui.nameEdit.text()  # suggested from the variant
    assert ui.useCostButton.isVisible()  # the catalog's unit cost is offered
    ui.useCostButton.click()
    ui.skuEdit.setText("new-fox-1")
    ui.priceEdit.setText("14.50")
    ui.reorderSpin.setValue(4)
    dialog.accessories.add()
    line = dialog.accessories.lines()[0]
    press_ok(dialog)
    assert not dialog.isVisible()
    row = tab.ui.productTable.current_row()
    assert (row.sku, row.price_cents, row.reorder_level) == ("NEW-FOX-1", 1450, 4)
    assert row.cost_cents > 0
    with demo_database.session() as session:
        detail = inventory_edit.get_product(session, row.id)
    assert detail.data.kind is ProductKind.FINISHED_GOOD
    assert detail.data.variant_id is not None
    assert [(a.accessory_id, a.quantity) for a in detail.accessories] == [line]


@pytest.mark.parametrize(
    ("field", "text", "message"),
    [
        ("price", "12.345", "'12.345' is not an amount like 12.50 (two decimals at most)."),
        ("sku", "ACC-CHAIN", "SKU ACC-CHAIN is used by another product."),
    ],
)
def test_a_refused_product_field_is_explained_under_it(
    make_window: WindowFactory, demo_sqlite_db: Database, field: str, text: str, message: str
) -> None:
    _window, tab = open_inventory(make_window, demo_sqlite_db)
    with demo_sqlite_db.session() as session:
        before = len(inventory.list_products(session, include_archived=True))
    dialog = tab.product_actions.new_product()
    ui = dialog.ui
    ui.accessoryRadio.setChecked(True)
    ui.skuEdit.setText("BAG-2")
    ui.nameEdit.setText("Kraft bag")
    {"price": ui.priceEdit, "sku": ui.skuEdit}[field].setText(text)
    press_ok(dialog)
    assert dialog.isVisible()
    assert dialog.errors.message(field) == message
    assert dialog.errors.label(field).isVisible()
    with demo_sqlite_db.session() as session:
        assert len(inventory.list_products(session, include_archived=True)) == before


def test_an_edit_saved_elsewhere_meanwhile_is_refused_with_reload(
    make_window: WindowFactory, demo_database: Database
) -> None:
    _window, tab = open_inventory(make_window, demo_database)
    row = select(tab.ui.filamentTable, lambda r: r.colour_name == "Sage Green")
    dialog = tab.filament_actions.edit_filament()
    assert dialog.ui.colourNameEdit.text() == "Sage Green"
    with demo_database.session() as session:  # another PC renames it
        detail = inventory_edit.get_filament(session, row.id)
        data = detail.data.__class__(**{**detail.data.__dict__, "colour_name": "Sage"})
        inventory_edit.update_filament(session, row.id, data)
    dialog.ui.priceEdit.setText("25.00")
    press_ok(dialog)
    assert dialog.isVisible()
    assert "changed on another PC" in dialog.errors.message("general")
    assert dialog.reload_button.isVisible()
    dialog.reload_button.click()
    assert dialog.ui.colourNameEdit.text() == "Sage"
    assert not dialog.errors.message("general")
    dialog.ui.priceEdit.setText("25.00")
    press_ok(dialog)
    assert not dialog.isVisible()
    QApplication.processEvents()
    assert current_id(tab.ui.filamentTable) == row.id
    assert tab.ui.filamentTable.current_row().price_per_kg_cents == 2500
