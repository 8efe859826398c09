"""Screenshots of the Print Queue, the Events tab (par list, report with charts) and stall mode,
saved to ``screenshots/`` to be looked at."""

from __future__ import annotations

import random
from pathlib import Path

from gui_helpers import WindowFactory, show_shop
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from printshop_desktop.db.base import utcnow
from printshop_desktop.db.database import Database
from printshop_desktop.db.enums import EventStatus, PaymentMethod
from printshop_desktop.db.errors import DatabaseUnavailable
from printshop_desktop.gui.stall.window import StallWindow
from printshop_desktop.gui.tabs.events.tab import EventsTab
from printshop_desktop.gui.tabs.queue.tab import TIMELINE, QueueTab
from printshop_desktop.services import events, ledger, stall
from printshop_desktop.services.event_plan import par_list

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"


def save(widget: QWidget, name: str) -> Path:
    SCREENSHOTS.mkdir(exist_ok=True)
    QApplication.processEvents()
    path = SCREENSHOTS / f"{name}.png"
    assert widget.grab().save(str(path))
    assert path.stat().st_size > 10_000
    return path


def test_screenshots_of_the_print_queue(
    make_window: WindowFactory, demo_sqlite_db: Database
) -> None:
    window = make_window()
    show_shop(window, demo_sqlite_db)
    tab = window.tabs[2]
    assert isinstance(tab, QueueTab)
    window.ui.tabs.setCurrentWidget(tab)
    printing = next(r for r in tab.jobs.rows() if r.state == "printing")
    tab.select_job(printing.id)
    save(window, "queue_1_print_queue")
    tab.show_view(TIMELINE)
    save(window, "queue_2_timeline")


def _pack_and_go_live(database: Database) -> events.EventRow:
    """Pack the demo's upcoming fair as planned (as far as stock goes) and open it."""
    with database.session() as session:
        fair = next(e for e in events.list_events(session) if e.status == "planned")
        stall.set_status(session, fair.id, EventStatus.PACKING)
        workshop = ledger.product_on_hand(session, location="workshop")
        for line in par_list(session, fair.id):
            count = min(line.planned, workshop.get(line.product_id, 0))
            if count:
                stall.pack(session, fair.id, line.product_id, count)
        stall.set_status(session, fair.id, EventStatus.LIVE)
    return fair


def _hold_a_christmas_fair(database: Database) -> None:
    """Sell at the demo's upcoming fair through the services, so two events can be compared."""
    rng = random.Random(3)
    fair = _pack_and_go_live(database)
    with database.session() as session:
        start = utcnow().replace(hour=9, minute=0, second=0, microsecond=0)
        for line in par_list(session, fair.id):
            for _ in range(rng.randint(0, line.packed)):
                when = start.replace(hour=rng.choice((9, 10, 10, 11, 12, 13, 13, 14, 15, 16)))
                sale = stall.Sale(
                    line.product_id,
                    1,
                    line.price_cents,
                    rng.choice((PaymentMethod.CASH, PaymentMethod.CARD)),
                    occurred_at=when,
                )
                stall.record_sale(session, fair.id, sale)
        stall.close_event(session, fair.id, stall.at_stall(session, fair.id))


def test_screenshots_of_the_events_tab(
    make_window: WindowFactory, demo_sqlite_db: Database
) -> None:
    window = make_window()
    show_shop(window, demo_sqlite_db)
    tab = window.tabs[3]
    assert isinstance(tab, EventsTab)
    window.ui.tabs.setCurrentWidget(tab)
    save(window, "events_1_par_list")
    _hold_a_christmas_fair(demo_sqlite_db)
    tab.reload()
    fair = next(r for r in tab.model.rows() if r.name == "Christmas Craft Fair")
    autumn = next(r for r in tab.model.rows() if r.name != fair.name)
    tab.select_event(fair.id)
    tab.ui.details.setCurrentIndex(1)
    tab.report_panel.compare_with(autumn.id)
    assert len(tab.report_panel.reports) == 2
    save(window, "events_2_report_compared")


class _Flaky(Database):
    down = False

    def session(self):  # type: ignore[override]
        if self.down:
            raise DatabaseUnavailable("Cannot reach the database: server closed the connection")
        return super().session()


def test_screenshots_of_stall_mode(
    make_window: WindowFactory, demo_sqlite_db: Database, qtbot: QtBot
) -> None:
    window = make_window()
    show_shop(window, demo_sqlite_db)
    fair = _pack_and_go_live(demo_sqlite_db)
    flaky = _Flaky(demo_sqlite_db.engine, demo_sqlite_db.sessions)
    stall_window = StallWindow(window.runner, flaky, fair.id, fair.name)
    qtbot.addWidget(stall_window)
    stall_window.start(full_screen=False)
    stall_window.resize(1280, 800)
    products = list(stall_window.tiles)
    stall_window.select(products[2])
    stall_window.ui.sellButton.click()
    stall_window.select(products[5])
    stall_window.ui.plusButton.click()
    stall_window.ui.cardButton.click()
    save(stall_window, "stall_1_selling")
    stall_window.ui.sellButton.click()
    flaky.down = True
    stall_window.select(products[0])
    stall_window.ui.sellButton.click()
    stall_window.scan(stall_window.view.products[1].sku)
    save(stall_window, "stall_2_offline")
    stall_window.close()
