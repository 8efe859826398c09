"""The whole cycle through the real window, on SQLite and PostgreSQL: plan an event → plan
production → start and finish the jobs → pack → sell in stall mode → close and reconcile →
the report's figures equal the ledger."""

from __future__ import annotations

import uuid
from typing import Any

from gui_helpers import WindowFactory, show_shop
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from printshop_desktop.db.database import Database
from printshop_desktop.db.enums import MovementReason, ProductKind
from printshop_desktop.db.inventory import StockMovement
from printshop_desktop.gui.dialogs.event_close_dialog import EventCloseDialog
from printshop_desktop.gui.dialogs.event_dialog import EventDialog
from printshop_desktop.gui.dialogs.event_pack_dialog import EventPackDialog
from printshop_desktop.gui.dialogs.event_plan_dialog import EventPlanDialog
from printshop_desktop.gui.dialogs.event_products_dialog import EventProductsDialog
from printshop_desktop.gui.dialogs.job_start_dialog import JobStartDialog
from printshop_desktop.gui.dialogs.job_usage_dialog import JobUsageDialog
from printshop_desktop.gui.stall.window import StallWindow
from printshop_desktop.gui.tabs.events.detail_models import ParTableModel
from printshop_desktop.gui.tabs.events.tab import EventsTab
from printshop_desktop.gui.tabs.queue.tab import QueueTab
from printshop_desktop.services import catalog, inventory, inventory_edit, ledger, printers, queue


def _shop(database: Database) -> dict[str, uuid.UUID]:
    """Filament on a loaded spool, two Christmas products (one with a keyring chain), a printer."""
    with database.session() as session:
        white = inventory.create_filament(
            session,
            inventory.FilamentInput("Bambu Lab", "PLA", "White", price_per_kg_cents=2000),
        )
        spool = inventory.open_spool(session, white, 1000, from_unopened=False)
        chain = inventory.create_product(
            session,
            inventory.ProductInput(
                "ACC-CHAIN", "Keyring chain", kind=ProductKind.ACCESSORY, cost_cents=8
            ),
        )
        ledger.record(
            session,
            ledger.MovementInput(quantity=10, reason=MovementReason.PURCHASE, product_id=chain),
        )
        ids = {"white": white, "spool": spool, "chain": chain}
        for key, name, grams, price, cost in (
            ("star", "Star Topper", 20.0, 800, 200),
            ("tree", "Tree Keyring", 15.0, 600, 150),
        ):
            model = catalog.create_model(
                session,
                catalog.ModelInput(name=name, tags=("christmas",), selling_allowed=True),
            )
            variant = catalog.create_variant(
                session,
                catalog.VariantInput(model, "Standard", filament_needs=((0, white, grams),)),
            )
            ids[key] = inventory.create_product(
                session,
                inventory.ProductInput(
                    f"{key.upper()}-1", name, variant_id=variant, price_cents=price, cost_cents=cost
                ),
            )
        inventory_edit.set_accessories(session, ids["tree"], [(chain, 1)])
        ledger.record(
            session,
            ledger.MovementInput(
                quantity=2, reason=MovementReason.PRINT_PRODUCED, product_id=ids["star"]
            ),
        )
        slot = printers.SlotLoad(0, white, spool)
        ids["maple"] = printers.save_printer(
            session, printers.PrinterInput("Maple", "Prusa MK4S", slots=(slot,))
        )
    return ids


def _dialog(owner: Any, cls: type) -> Any:
    dialog = owner.dialog
    assert isinstance(dialog, cls), dialog
    return dialog


def _on_hand(database: Database) -> tuple[dict[uuid.UUID, int], dict[uuid.UUID, int]]:
    with database.session() as session:
        return ledger.product_on_hand(session), ledger.spool_remaining(session)


def _plan_the_event(events: EventsTab, qtbot: QtBot, ids: dict[str, uuid.UUID]) -> None:
    events.ui.newEventButton.click()
    dialog = _dialog(events.event_actions, EventDialog)
    qtbot.keyClicks(dialog.ui.nameEdit, "Christmas Fair")
    dialog.ui.feeEdit.setText("30.00")
    dialog.ui.tagsEdit.setText("christmas")
    dialog.accept()
    events.select_event(next(r.id for r in events.model.rows() if r.name == "Christmas Fair"))
    events.par.ui.addButton.click()
    pick = _dialog(events.event_actions, EventProductsDialog)
    assert pick.ui.countLabel.text() == "2 ticked"  # both products carry the event's tag
    pick.ui.plannedSpin.setValue(5)
    pick.accept()
    model = events.par.model
    tree_row = next(n for n, line in enumerate(model.rows()) if line.product_id == ids["tree"])
    model.setData(model.index(tree_row, ParTableModel.PLANNED), 4)
    events.par.ui.planButton.click()
    plan = _dialog(events.event_actions, EventPlanDialog)
    assert {(j.label, j.copies) for j in plan.plan.jobs} == {
        ("Star Topper", 3),
        ("Tree Keyring", 4),
    }
    assert "covers every" in plan.ui.shoppingEdit.toPlainText()
    plan.accept()


def _print_the_jobs(window: Any, database: Database, ids: dict[str, uuid.UUID]) -> None:
    tab = window.tabs[2]
    assert isinstance(tab, QueueTab)
    window.ui.tabs.setCurrentWidget(tab)
    for job in [r for r in tab.jobs.rows() if r.event == "Christmas Fair"]:
        assert tab.select_job(job.id)
        tab.ui.startButton.click()
        start = _dialog(tab.job_actions, JobStartDialog)  # no printer chosen yet
        assert "Choose a printer" in start.ui.problemList.item(0).text()
        start.ui.printerCombo.setCurrentIndex(start.ui.printerCombo.findText("Maple"))
        assert start.problem_count() == 0 and start.ok_button().isEnabled()
        start.accept()
        assert tab.jobs.job(job.id).state == "printing"
        before, spools_before = _on_hand(database)
        tab.ui.finishButton.click()
        finish = _dialog(tab.job_actions, JobUsageDialog)
        assert finish._spool(0).currentData() == ids["spool"]  # the loaded spool, suggested
        grams = finish._grams(0).value()
        finish.accept()
        after, spools_after = _on_hand(database)
        product = ids["star"] if job.model == "Star Topper" else ids["tree"]
        assert grams == {"Star Topper": 60, "Tree Keyring": 60}[job.model]
        assert spools_before[ids["spool"]] - spools_after[ids["spool"]] == grams
        assert after[product] - before.get(product, 0) == job.copies
        if product == ids["tree"]:
            assert before[ids["chain"]] - after[ids["chain"]] == job.copies


def _sell_at_the_stall(events: EventsTab, qtbot: QtBot, ids: dict[str, uuid.UUID]) -> None:
    events.par.ui.packButton.click()
    pack = _dialog(events.event_actions, EventPackDialog)
    assert pack.ui.totalLabel.text() == "9 units to pack"
    pack.accept()
    events.ui.forwardButton.click()  # packing → live
    assert events.current_event().status == "live"
    events.ui.stallButton.click()
    stall = events.stall_window
    assert isinstance(stall, StallWindow)
    qtbot.addWidget(stall)
    ui = stall.ui
    stall.tiles[ids["star"]].click()
    ui.plusButton.click()
    ui.sellButton.click()  # 2 × €8.00 cash
    ui.cardButton.click()
    qtbot.keyClicks(ui.scanEdit, "TREE-1")
    qtbot.keyClick(ui.scanEdit, Qt.Key.Key_Return)  # 1 × €6.00 card
    ui.cashButton.click()
    ui.priceEdit.setText("5.50")
    ui.sellButton.click()  # 1 × €5.50 cash (a discount)
    assert "4 sold · €27.50" in ui.totalsLabel.text()
    ui.exitButton.click()


def _close(events: EventsTab, ids: dict[str, uuid.UUID]) -> None:
    events.ui.closeButton.click()
    close = _dialog(events.event_actions, EventCloseDialog)
    close.set_counts(ids["star"], returned=3)
    close.set_counts(ids["tree"], returned=1)  # 4 packed, 2 sold: one went missing
    close.accept()
    assert events.ui.banner.ui.titleLabel.text() == "Event closed with 1 difference(s)"


def test_whole_cycle_report_equals_the_ledger(
    make_window: WindowFactory, database: Database, qtbot: QtBot
) -> None:
    ids = _shop(database)
    window = make_window()
    show_shop(window, database)
    events = window.tabs[3]
    assert isinstance(events, EventsTab)
    window.ui.tabs.setCurrentWidget(events)
    _plan_the_event(events, qtbot, ids)
    _print_the_jobs(window, database, ids)
    window.ui.tabs.setCurrentWidget(events)
    _sell_at_the_stall(events, qtbot, ids)
    _close(events, ids)

    event_id = events.current_event().id
    report = events.report_panel.reports[0]
    with database.session() as session:
        sales = session.execute(
            select(
                StockMovement.product_id,
                func.sum(StockMovement.quantity),
                func.sum(StockMovement.quantity * StockMovement.unit_price_cents),
            )
            .where(StockMovement.event_id == event_id, StockMovement.reason == "sale")
            .group_by(StockMovement.product_id)
        ).all()
        on_hand = ledger.product_on_hand(session)
        rows = {r.id: r for r in inventory.list_products(session)}
        jobs = queue.list_jobs(session)
    units = {pid: -int(n) for pid, n, _c in sales}
    revenue = -sum(int(c) for _p, _n, c in sales)
    assert units == {ids["star"]: 2, ids["tree"]: 2}
    assert {p.sku: p.units_sold for p in report.products} == {"STAR-1": 2, "TREE-1": 2}
    assert report.revenue_cents == revenue == 2750
    assert report.margin_cents == 2750 - (2 * 200 + 2 * 150) - 3000
    assert report.sell_through == 4 / 9
    figures = {f.name: f.values[0] for f in events.report_panel.figures.rows()}
    assert figures["Revenue"] == revenue and figures["Margin after stall fee"] == -950
    # On hand is the sum of the ledger and never below zero: 2 + 3 made − 2 sold; 4 − 2 − 1.
    assert on_hand[ids["star"]] == 3 and on_hand[ids["tree"]] == 1
    assert all(rows[pid].on_hand == n >= 0 for pid, n in on_hand.items())
    assert {j.state for j in jobs} == {"done"}
