"""Stall mode: taps, scans, counts, oversell, undo — and the server going away and coming back.

The server "goes away" through a database whose sessions fail as a closed connection would
(DatabaseUnavailable): entries go to the outbox, the window says so, and the replay sends
them once the server answers again.
"""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

import pytest
from gui_helpers import show_shop
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from printshop_desktop.db.database import Database
from printshop_desktop.db.enums import EventStatus, MovementReason
from printshop_desktop.db.errors import DatabaseUnavailable
from printshop_desktop.gui.runner import InlineRunner, ThreadRunner
from printshop_desktop.gui.stall.window import StallWindow, outbox_path
from printshop_desktop.services import (
    catalog,
    event_edit,
    events,
    inventory,
    ledger,
    reports,
    stall,
)


class FlakyDatabase(Database):
    """The shop's database with a switch: down, every session fails as a lost server does."""

    down = False

    def session(self):  # type: ignore[override]
        if self.down:
            raise DatabaseUnavailable("Cannot reach the database at test: server closed")
        return super().session()

    def ping(self) -> None:
        if self.down:
            raise DatabaseUnavailable("Cannot reach the database at test: server closed")
        super().ping()


def make_live_event(database: Database) -> tuple[uuid.UUID, list[uuid.UUID]]:
    """A live event with two products packed (8 and 2 units)."""
    with database.session() as session:
        ids = []
        for name, sku, price in (("Bee Keyring", "BEE-1", 600), ("Flexi Rex", "REX-1", 1200)):
            model = catalog.create_model(
                session, catalog.ModelInput(name=name, selling_allowed=True)
            )
            variant = catalog.create_variant(session, catalog.VariantInput(model, "Standard"))
            pid = inventory.create_product(
                session, inventory.ProductInput(sku, name, variant_id=variant, price_cents=price)
            )
            ledger.record(
                session,
                ledger.MovementInput(
                    quantity=10, reason=MovementReason.PRINT_PRODUCED, product_id=pid
                ),
            )
            ids.append(pid)
        event = events.create_event(
            session, events.EventInput("Summer Fair", date(2026, 7, 4), date(2026, 7, 4))
        )
        event_edit.add_products(session, event, ids, planned=8)
        stall.set_status(session, event, EventStatus.PACKING)
        stall.pack(session, event, ids[0], 8)
        stall.pack(session, event, ids[1], 2)
        stall.set_status(session, event, EventStatus.LIVE)
    return event, ids


def open_stall(qtbot: QtBot, database: Database, runner, event_id: uuid.UUID) -> StallWindow:
    window = StallWindow(runner, database, event_id, "Summer Fair")
    qtbot.addWidget(window)
    window.start(full_screen=False)
    return window


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_taps_scans_counts_oversell_and_undo(database: Database, qtbot: QtBot) -> None:
    event, (bee, rex) = make_live_event(database)
    window = open_stall(qtbot, database, InlineRunner(), event)
    ui = window.ui
    assert ui.statusLabel.text() == "● Online"
    assert set(window.tiles) == {bee, rex}
    assert window.tiles[bee].icon().isNull() is False  # a picture, kept in the snapshot
    assert not ui.sellButton.isEnabled()

    window.tiles[bee].click()
    assert ui.selectedLabel.text() == "Bee Keyring"
    ui.plusButton.click()
    ui.cardButton.click()
    assert ui.sellButton.text() == "Sell 2 for €12.00 — card"
    ui.sellButton.click()
    assert "2 sold · €12.00" in ui.totalsLabel.text()
    assert "6 left" in window.tiles[bee].text()

    qtbot.keyClicks(ui.scanEdit, "rex-1")
    qtbot.keyClick(ui.scanEdit, Qt.Key.Key_Return)
    assert "3 sold · €24.00" in ui.totalsLabel.text()
    qtbot.keyClicks(ui.scanEdit, "NOPE-9")
    qtbot.keyClick(ui.scanEdit, Qt.Key.Key_Return)
    assert "No product on this stall has the code “NOPE-9”" in window.message()

    # Two Rex were packed, one sold: selling two more needs a yes.
    window.select(rex)
    ui.quantitySpin.setValue(2)
    ui.sellButton.click()
    assert "The stall holds 1, and 2 were sold" in window.confirm_text()
    ui.dontButton.click()
    assert window.message() == "Not recorded."
    ui.quantitySpin.setValue(2)
    ui.sellButton.click()
    ui.confirmButton.click()
    assert window.confirm_text() == ""
    assert "5 sold" in ui.totalsLabel.text()

    window.select(bee)
    ui.countEdit.setText("-3")
    ui.countButton.click()
    assert window.message() == "A count cannot be negative."
    ui.countEdit.setText("5")
    ui.countButton.click()
    assert "Counted 5 × Bee Keyring (was 6)" in ui.lastLabel.text()
    ui.undoButton.click()  # counts back to 6
    assert "Undone: Counted 5" in ui.lastLabel.text()
    ui.undoButton.click()  # the confirmed Rex sale
    assert "3 sold" in ui.totalsLabel.text()
    with database.session() as session:
        assert stall.at_stall(session, event) == {bee: 6, rex: 1}
        assert stall.units_sold(session, event) == {bee: 2, rex: 1}
    window.close()


def test_offline_entries_wait_in_the_outbox_and_replay_once(
    database: Database, qtbot: QtBot
) -> None:
    event, (bee, rex) = make_live_event(database)
    flaky = FlakyDatabase(database.engine, database.sessions)
    window = open_stall(qtbot, flaky, InlineRunner(), event)
    ui = window.ui
    assert outbox_path().exists()  # the snapshot, taken on entering stall mode
    window.select(bee)
    ui.sellButton.click()

    flaky.down = True
    window.select(rex)
    ui.sellButton.click()
    assert ui.statusLabel.text() == "● Offline — 1 entry waiting"
    assert "The server cannot be reached. Keep selling" in window.message()
    assert window.sync_timer.isActive()
    qtbot.keyClicks(ui.scanEdit, "BEE-1")
    qtbot.keyClick(ui.scanEdit, Qt.Key.Key_Return)
    window.select(rex)
    ui.countEdit.setText("0")
    ui.countButton.click()
    assert ui.statusLabel.text() == "● Offline — 3 entries waiting"
    assert "3 sold · €24.00" in ui.totalsLabel.text()
    window.try_sync()  # still down
    assert ui.statusLabel.text().startswith("● Offline")

    flaky.down = False
    window.try_sync()
    assert ui.statusLabel.text() == "● Online"
    assert window.message() == "Back online — 3 waiting entries sent to the server."
    assert not window.sync_timer.isActive()
    window.try_sync()  # a second replay sends nothing
    with database.session() as session:
        assert stall.units_sold(session, event) == {bee: 2, rex: 1}
        assert stall.at_stall(session, event) == {bee: 6, rex: 0}
        assert reports.event_report(session, event).revenue_cents == 2400
    window.close()


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_entries_run_in_order_off_the_gui_thread(
    database: Database, qtbot: QtBot, thread_runner: ThreadRunner, tmp_path: Path
) -> None:
    event, (bee, _rex) = make_live_event(database)
    window = open_stall(qtbot, database, thread_runner, event)
    qtbot.waitUntil(lambda: window.ui.statusLabel.text() == "● Online")
    window.select(bee)
    for _ in range(3):
        window.ui.sellButton.click()
    window.undo()
    qtbot.waitUntil(lambda: "Undone" in window.ui.lastLabel.text())
    qtbot.waitUntil(lambda: "2 sold" in window.ui.totalsLabel.text())
    window.close()
    thread_runner.wait(5000)
    with database.session() as session:
        assert stall.units_sold(session, event) == {bee: 2}


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_leaving_stall_mode_offline_leaves_a_way_to_send_later(
    make_window, database: Database, qtbot: QtBot
) -> None:
    event, (bee, _rex) = make_live_event(database)
    window = make_window()
    show_shop(window, database)
    tab = window.tabs[3]
    window.ui.tabs.setCurrentWidget(tab)
    tab.select_event(event)
    stall_window = tab.open_stall()
    assert isinstance(stall_window, StallWindow)
    qtbot.addWidget(stall_window)
    flaky = FlakyDatabase(database.engine, database.sessions)
    flaky.down = True
    stall_window.link.database = flaky  # the server goes away while selling
    stall_window.select(bee)
    stall_window.ui.sellButton.click()
    assert stall_window.ui.statusLabel.text() == "● Offline — 1 entry waiting"
    stall_window.ui.exitButton.click()
    assert tab.ui.banner.ui.titleLabel.text() == "1 stall entry from offline selling not sent yet"
    assert window.status.stall_label.isVisibleTo(window)
    assert window.status.stall_label.text() == "⇅ 1 stall entry waits to sync"
    tab.ui.banner.click("Send now")
    assert tab.ui.banner.ui.titleLabel.text() == "Stall entries sent"
    assert not window.status.stall_label.isVisibleTo(window)
    with database.session() as session:
        assert stall.units_sold(session, event) == {bee: 1}
