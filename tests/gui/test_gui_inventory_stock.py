"""Stock dialogs write movements (never overwrite a quantity), seen in the ledger window,
on SQLite and PostgreSQL."""

from __future__ import annotations

from gui_helpers import WindowFactory
from inventory_helpers import ledger_lines, open_inventory, press_ok, rows, select

from printshop_desktop.db.database import Database
from printshop_desktop.gui.tabs.inventory.ledger_model import LedgerTableModel
from printshop_desktop.services import ledger, stock_ops


def test_a_weigh_in_records_the_difference_to_the_ledger(
    make_window: WindowFactory, demo_database: Database
) -> None:
    _window, tab = open_inventory(make_window, demo_database)
    select(tab.ui.filamentTable, lambda r: r.colour_name == "Galaxy Black")
    spool = tab.ui.spoolTable.current_row()
    assert spool is not None and spool.remaining_g > 100
    dialog = tab.filament_actions.weigh_in()
    assert dialog.ui.tareSpin.value() == spool.tare_g == 250
    assert dialog.ui.grossSpin.value() == spool.remaining_g + 250  # what the ledger expects
    dialog.ui.grossSpin.setValue(spool.remaining_g + 250 - 30)
    assert "records −30 g as a count adjustment" in dialog.ui.outcomeLabel.text()
    press_ok(dialog)
    assert not dialog.isVisible()
    assert tab.ui.spoolTable.current_row().remaining_g == spool.remaining_g - 30
    tab.filament_actions.the_spool_history()
    history = tab.ledgers[-1]
    last = ledger_lines(history)[-1]
    assert (last.quantity, last.reason, last.balance) == (-30, "count_adjustment",
                                                         spool.remaining_g - 30)  # fmt: skip
    model = history.model
    top = history.ui.ledgerTable.proxy.index(0, LedgerTableModel.CHANGE)  # newest first
    assert top.data() == "−30 g"
    assert model.display(last, LedgerTableModel.REASON) == "Count adjustment"
    assert "g" in history.ui.summaryLabel.text()


def test_a_count_records_the_difference_and_the_ledger_shows_it(
    make_window: WindowFactory, demo_database: Database
) -> None:
    _window, tab = open_inventory(make_window, demo_database)
    tab.show_products()
    product = select(tab.ui.productTable, lambda r: r.sku == "ACC-CHAIN")
    dialog = tab.product_actions.count_product()
    assert dialog.location_key(dialog.ui.locationCombo) == "workshop"
    assert dialog.ui.quantitySpin.value() == product.on_hand
    dialog.ui.quantitySpin.setValue(product.on_hand + 7)
    assert "records +7" in dialog.ui.outcomeLabel.text()
    press_ok(dialog)
    assert tab.ui.productTable.current_row().on_hand == product.on_hand + 7
    tab.product_actions.product_history()
    last = ledger_lines(tab.ledgers[-1])[-1]
    assert (last.quantity, last.reason, last.balance) == (7, "count_adjustment",
                                                         product.on_hand + 7)  # fmt: skip


def test_a_transfer_moves_units_and_keeps_the_total(
    make_window: WindowFactory, demo_database: Database
) -> None:
    _window, tab = open_inventory(make_window, demo_database)
    tab.show_products()
    product = select(tab.ui.productTable, lambda r: r.sku == "ACC-BAG")
    dialog = tab.product_actions.transfer_product()
    assert dialog.location_key(dialog.ui.locationCombo) == "workshop"
    assert dialog.location_key(dialog.ui.toLocationCombo) == "storage"
    dialog.ui.quantitySpin.setValue(40)
    assert "in all still" in dialog.ui.outcomeLabel.text()
    press_ok(dialog)
    assert tab.ui.productTable.current_row().on_hand == product.on_hand
    assert "Storage: <b>40</b>" in tab.ui.productLocations.text()
    with demo_database.session() as session:
        places = stock_ops.stock_by_location(session, product_id=product.id)
    assert places["storage"] == 40
    assert sum(places.values()) == product.on_hand


def test_moving_more_than_is_there_is_refused_under_the_quantity(
    make_window: WindowFactory, demo_database: Database
) -> None:
    _window, tab = open_inventory(make_window, demo_database)
    tab.show_products()
    product = select(tab.ui.productTable, lambda r: r.sku == "ACC-LED")
    dialog = tab.product_actions.transfer_product()
    dialog.ui.quantitySpin.setValue(product.on_hand + 1)
    press_ok(dialog)
    assert dialog.errors.message("quantity") == f"Only {product.on_hand} at workshop."
    with demo_database.session() as session:
        assert ledger.product_on_hand(session, "storage").get(product.id, 0) == 0


def test_made_adds_units_and_uses_up_accessories_and_waste_writes_off(
    make_window: WindowFactory, demo_sqlite_db: Database
) -> None:
    _window, tab = open_inventory(make_window, demo_sqlite_db)
    tab.show_products()
    chain = select(tab.ui.productTable, lambda r: r.sku == "ACC-CHAIN")
    product = select(tab.ui.productTable, lambda r: r.kind == "finished_good")
    dialog = tab.product_actions.edit_product()
    dialog.accessories.add(chain.id, 2)
    press_ok(dialog)
    made = tab.product_actions.made_product()
    made.ui.quantitySpin.setValue(3)
    assert made.ui.outcomeLabel.text() == "Also uses up 6 × ACC-CHAIN."
    press_ok(made)
    by_sku = {r.sku: r for r in rows(tab.ui.productTable)}
    assert by_sku[product.sku].on_hand == product.on_hand + 3
    assert by_sku["ACC-CHAIN"].on_hand == chain.on_hand - 6
    waste = tab.product_actions.waste_product()
    waste.ui.quantitySpin.setValue(2)
    waste.ui.noteEdit.setText("dropped")
    press_ok(waste)
    assert tab.ui.productTable.current_row().on_hand == product.on_hand + 1


def test_buying_and_opening_a_sealed_spool(
    make_window: WindowFactory, demo_sqlite_db: Database
) -> None:
    _window, tab = open_inventory(make_window, demo_sqlite_db)
    filament = select(tab.ui.filamentTable, lambda r: r.colour_name == "Lavender")
    buy = tab.filament_actions.buy_sealed()
    buy.ui.quantitySpin.setValue(2)
    assert buy.ui.outcomeLabel.text() == "Adds 2,000 g of sealed stock."
    press_ok(buy)
    row = tab.ui.filamentTable.current_row()
    assert row.unopened_g == filament.unopened_g + 2000
    opening = tab.filament_actions.open_a_spool()
    assert opening.ui.fromUnopenedCheck.isChecked()
    assert opening.ui.priceEdit.text() == "22.99"
    opening.ui.lotEdit.setText("L-2291")
    press_ok(opening)
    row = tab.ui.filamentTable.current_row()
    assert (row.spools, row.unopened_g) == (filament.spools + 1, filament.unopened_g + 1000)
    assert row.on_hand_g == filament.on_hand_g + 2000
    spool = tab.ui.spoolTable.current_row()
    assert (spool.lot, spool.remaining_g) == ("L-2291", 1000)


def test_spool_edit_move_and_write_off(
    make_window: WindowFactory, demo_sqlite_db: Database
) -> None:
    _window, tab = open_inventory(make_window, demo_sqlite_db)
    select(tab.ui.filamentTable, lambda r: r.colour_name == "Teal")
    spool = tab.ui.spoolTable.current_row()
    edit = tab.filament_actions.edit_the_spool()
    edit.ui.lotEdit.setText("T-77")
    edit.ui.priceEdit.setText("28.999")
    press_ok(edit)
    assert edit.errors.message("price").startswith("'28.999' is not an amount")
    edit.ui.priceEdit.setText("27.50")
    press_ok(edit)
    row = tab.ui.spoolTable.current_row()
    assert (row.id, row.lot, row.price_cents) == (spool.id, "T-77", 2750)
    move = tab.filament_actions.move_spool()
    move.ui.toLocationCombo.setCurrentText("Shelf C")
    press_ok(move)
    row = tab.ui.spoolTable.current_row()
    assert (row.location, row.remaining_g) == ("Shelf C", spool.remaining_g)
    waste = tab.filament_actions.spool_waste()
    waste.ui.quantitySpin.setValue(25)
    waste.ui.noteEdit.setText("tangled")
    press_ok(waste)
    assert tab.ui.spoolTable.current_row().remaining_g == spool.remaining_g - 25
    count = tab.filament_actions.count_sealed()
    count.ui.quantitySpin.setValue(0)
    press_ok(count)
    assert tab.ui.filamentTable.current_row().unopened_g == 0
