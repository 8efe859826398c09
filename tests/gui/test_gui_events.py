"""The Events tab in the real window: event dialog and status, par list by tags and by hand,
production plan, packing and its printable list, card-terminal import, close and reconcile,
the report with charts, comparison and exports."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from gui_helpers import WindowFactory, show_shop
from pytestqt.qtbot import QtBot

from printshop_desktop.db.database import Database
from printshop_desktop.gui.dialogs.event_close_dialog import EventCloseDialog
from printshop_desktop.gui.dialogs.event_dialog import EventDialog
from printshop_desktop.gui.dialogs.event_pack_dialog import EventPackDialog
from printshop_desktop.gui.dialogs.event_plan_dialog import EventPlanDialog
from printshop_desktop.gui.dialogs.event_products_dialog import EventProductsDialog
from printshop_desktop.gui.dialogs.event_terminal_dialog import EventTerminalDialog
from printshop_desktop.gui.main_window import MainWindow
from printshop_desktop.gui.tabs.events.detail_models import ParTableModel
from printshop_desktop.gui.tabs.events.tab import EventsTab
from printshop_desktop.services import ledger, queue, reports, stall


def events_tab(window: MainWindow) -> EventsTab:
    tab = window.tabs[3]
    assert isinstance(tab, EventsTab)
    window.ui.tabs.setCurrentWidget(tab)
    return tab


def dialog_of(tab: EventsTab, cls: type) -> Any:
    dialog = tab.event_actions.dialog
    assert isinstance(dialog, cls), dialog
    return dialog


def banner(tab: EventsTab) -> str:
    ui = tab.ui.banner.ui
    return f"{ui.titleLabel.text()}: {ui.messageLabel.text()}" if tab.ui.banner.isVisible() else ""


def new_event(tab: EventsTab, qtbot: QtBot, name: str, tags: str) -> None:
    tab.ui.newEventButton.click()
    dialog = dialog_of(tab, EventDialog)
    qtbot.keyClicks(dialog.ui.nameEdit, name)
    dialog.ui.feeEdit.setText("25")
    dialog.ui.tagsEdit.setText(tags)
    dialog.accept()
    assert banner(tab).startswith("Event planned")
    assert tab.select_event(next(r.id for r in tab.model.rows() if r.name == name))


def test_prepare_an_event_from_tags_to_packing_list(
    make_window: WindowFactory, demo_sqlite_db: Database, qtbot: QtBot, tmp_path: Path
) -> None:
    window = make_window()
    show_shop(window, demo_sqlite_db)
    tab = events_tab(window)
    new_event(tab, qtbot, "Spring Fair", "easter, kids")
    assert tab.ui.forwardButton.text() == "Start packing" and not tab.ui.stallButton.isEnabled()
    par = tab.par
    assert par.model.rowCount() == 0 and par.ui.addButton.isEnabled()

    par.ui.addButton.click()
    pick = dialog_of(tab, EventProductsDialog)
    ticked = pick.ui.countLabel.text()
    assert ticked != "0 ticked"  # products tagged easter or kids, sellable ones only
    pick.ui.plannedSpin.setValue(4)
    pick.accept()
    lines = par.model.rows()
    assert lines and all(line.planned == 4 for line in lines)
    assert f"{len(lines)} ticked" == ticked

    # Planned counts are edited in place; a negative one is refused with a message.
    index = par.model.index(0, ParTableModel.PLANNED)
    assert par.model.setData(index, -2)
    assert "cannot be negative" in banner(tab)
    assert par.model.setData(par.model.index(0, ParTableModel.PLANNED), 30)
    assert par.model.rows()[0].planned == 30

    par.ui.planButton.click()
    plan = dialog_of(tab, EventPlanDialog)
    jobs_planned = plan.plan.jobs
    assert jobs_planned and plan.ui.shoppingEdit.toPlainText()
    plan.accept()
    assert f"{len(jobs_planned)} print job" in banner(tab)
    assert all(line.shortfall == 0 for line in par.model.rows())
    with demo_sqlite_db.session() as session:
        event_jobs = [j for j in queue.list_jobs(session) if j.event == "Spring Fair"]
    assert len(event_jobs) == len(jobs_planned)

    par.ui.packButton.click()
    pack = dialog_of(tab, EventPackDialog)
    expected = sum(line.to_pack for line in par.model.rows())
    pack.accept()
    assert banner(tab) == f"Packed: {expected} units"
    assert tab.current_event().status == "packing"
    assert sum(line.packed for line in par.model.rows()) == expected

    tab.save_packing_list(tmp_path / "packing.pdf")
    tab.save_packing_list(tmp_path / "packing.csv")
    qtbot.waitUntil(lambda: (tmp_path / "packing.csv").exists())
    assert (tmp_path / "packing.pdf").read_bytes().startswith(b"%PDF")
    assert "sku,name,planned,packed" in (tmp_path / "packing.csv").read_text()

    tab.ui.backButton.click()
    assert tab.current_event().status == "planned"
    tab.ui.editEventButton.click()
    edit = dialog_of(tab, EventDialog)
    edit.ui.feeEdit.setText("12.345")
    edit.accept()
    assert "two decimals" in edit.error_text()
    edit.reject()


def _live_demo_event(tab: EventsTab, database: Database) -> Any:
    """The demo's Christmas fair, packed and live."""
    event = next(r for r in tab.model.rows() if r.status == "planned")
    tab.select_event(event.id)
    with database.session() as session:
        stall.set_status(session, event.id, stall.EventStatus.PACKING)
        on_hand = ledger.product_on_hand(session)
        for line in tab.par.model.rows()[:4]:
            stall.pack(session, event.id, line.product_id, min(3, on_hand[line.product_id]))
        stall.set_status(session, event.id, stall.EventStatus.LIVE)
    tab.reload()
    return tab.current_event()


def test_card_terminal_import_maps_names_refuses_currency_and_records_once(
    make_window: WindowFactory, demo_sqlite_db: Database, tmp_path: Path
) -> None:
    window = make_window()
    show_shop(window, demo_sqlite_db)
    tab = events_tab(window)
    event = _live_demo_event(tab, demo_sqlite_db)
    packed = [line for line in tab.par.model.rows() if line.packed]
    first, second = packed[0], packed[1]
    export = tmp_path / "square.csv"
    export.write_text(
        "Date,Time,Item,Qty,Gross Sales\n"
        f"2026-12-12,10:00,{first.name},1,€{first.price_cents / 100:.2f}\n"
        f"2026-12-12,10:30,Mystery thing,1,€5.00\n"
    )
    tab.par.ui.terminalButton.click()
    dialog = dialog_of(tab, EventTerminalDialog)
    other = tmp_path / "sumup.csv"
    other.write_text("Description;Quantity;Amount;Currency\nRex;1;8,00;GBP\n")
    dialog.load(other)
    assert "in GBP, but the shop counts in EUR" in dialog.error_text()
    dialog.load(export)
    assert dialog.error_text() == ""
    assert "Mystery thing" in dialog.ui.summaryLabel.text()
    assert not dialog.ui.recordButton.isEnabled()  # map the unknown name first
    dialog.map_item("Mystery thing", second.product_id)
    assert dialog.ui.recordButton.text() == "Record 2 missing card sales"
    dialog.ui.recordButton.click()
    assert "2 card sale units recorded" in dialog.ui.summaryLabel.text()
    dialog.ui.recordButton.click()  # nothing left to record: the button is off
    assert not dialog.ui.recordButton.isEnabled()
    dialog.load(export)  # the same file again
    assert dialog.match_result.missing_units == 0
    dialog.accept()
    with demo_sqlite_db.session() as session:
        sold = stall.units_sold(session, event.id)
    assert sold == {first.product_id: 1, second.product_id: 1}


def test_close_and_reconcile_then_read_and_export_the_report(
    make_window: WindowFactory, demo_sqlite_db: Database, qtbot: QtBot, tmp_path: Path
) -> None:
    window = make_window()
    show_shop(window, demo_sqlite_db)
    tab = events_tab(window)
    event = _live_demo_event(tab, demo_sqlite_db)
    assert tab.ui.stallButton.isEnabled() and tab.ui.closeButton.isEnabled()
    lines = [line for line in tab.par.model.rows() if line.packed]
    with demo_sqlite_db.session() as session:
        stall.record_sale(session, event.id, stall.Sale(lines[0].product_id, 2, 1000))
    tab.reload()
    tab.ui.closeButton.click()
    close = dialog_of(tab, EventCloseDialog)
    # One unit of the first product came back; the second lost one (damaged one, too).
    packed0, packed1 = lines[0].packed, lines[1].packed
    close.set_counts(lines[0].product_id, returned=packed0 - 2)
    close.set_counts(lines[1].product_id, returned=packed1 - 2, damaged=1)
    assert close.differences()[lines[0].product_id] == 0
    assert close.differences()[lines[1].product_id] == 1
    assert "1 product do not add up" in close.ui.summaryLabel.text()
    close.accept()
    assert banner(tab).startswith("Event closed with 1 difference(s)")
    assert "1 missing" in banner(tab)
    assert tab.current_event().status == "closed"
    assert not tab.par.ui.packButton.isEnabled()

    panel = tab.report_panel
    tab.ui.details.setCurrentIndex(1)
    with demo_sqlite_db.session() as session:
        report = reports.event_report(session, event.id)
    assert panel.reports[0].revenue_cents == report.revenue_cents == 2000
    margin = panel.figures.index(6, 1).data()
    assert margin == f"-€{-report.margin_cents / 100:,.2f}"
    past = next(r for r in tab.model.rows() if r.status == "closed" and r.id != event.id)
    panel.compare_with(past.id)
    assert [r.name for r in panel.reports] == [event.name, past.name]
    assert not panel.ui.figureTable.view.isColumnHidden(3)
    assert len(panel.ui.productPlot.getPlotItem().items) == 2  # this event and the other
    tab.save_report(tmp_path / "report.csv")
    tab.save_report(tmp_path / "report.pdf")
    qtbot.waitUntil(lambda: (tmp_path / "report.pdf").exists())
    assert "Revenue,20.00" in (tmp_path / "report.csv").read_text()
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")
