"""The Events tab: market events above; the chosen event's par list and report below.

The buttons move the event along planned → packing → live → closed, open stall mode on a
live event, and (in the panels) plan, pack, export and reconcile.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from ....db.enums import EventStatus
from ....services import event_plan, events, reports, settings_store
from ....services.event_plan import ParLine
from ....services.events import EventRow
from ....services.reports import EventReport
from ....services.stall_link import waiting_entries
from ....services.sync import ReplayReport, replay
from ...context import ShopContext
from ...forms.ui_events_tab import Ui_EventsTab
from ...runner import Lane, ignore
from ...stall.window import StallWindow, outbox_path
from ...table_model import Role
from ...widgets.banner import BannerAction, BannerKind
from ...widgets.filtered_table import FilteredTable
from ..base_tab import BaseTab
from ..queue.toolbar import buttons_to_toolbar
from .actions import EventActions
from .exports import EventExports, safe_name, when_text
from .par_panel import ParPanel
from .report_panel import ReportPanel
from .table_models import EventTableModel

TOPIC = "events"
EMPTY = (
    "No market events yet.\n"
    "Use “New event…” to plan a market or fair: what to print, pack and sell for it."
)
FORWARD = {
    EventStatus.PLANNED.value: (EventStatus.PACKING, "Start packing"),
    EventStatus.PACKING.value: (EventStatus.LIVE, "Go live"),
}
BACK = {
    EventStatus.PACKING.value: (EventStatus.PLANNED, "Back to planning"),
    EventStatus.LIVE.value: (EventStatus.PACKING, "Back to packing"),
}


@dataclass(frozen=True)
class EventData:
    """The chosen event's par list and report(s)."""

    event_id: uuid.UUID
    lines: list[ParLine]
    reports: list[EventReport]
    currency: str


def load_event(session: Session, event_id: uuid.UUID, other: uuid.UUID | None) -> EventData:
    """Par list and report of one event (and the report of the one compared with)."""
    found = [reports.event_report(session, event_id)]
    if other is not None and other != event_id:
        found.append(reports.event_report(session, other))
    return EventData(
        event_id,
        event_plan.par_list(session, event_id),
        found,
        settings_store.get(session, settings_store.CURRENCY),
    )


class EventsTab(BaseTab):
    """Events with dates, venue, status, par-list totals and stall fee; details below."""

    title = "&Events"
    stall_waiting = Signal(int)  # offline stall entries on this computer not sent yet

    def __init__(self, context: ShopContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_EventsTab()
        self.ui.setupUi(self)
        self.model = EventTableModel(self)
        self.ui.eventTable.set_model(
            self.model,
            sort_column=EventTableModel.DATES,
            order=Qt.SortOrder.DescendingOrder,
            empty_text=EMPTY,
        )
        buttons_to_toolbar(self.ui.eventButtons, "eventToolBar")
        self.ui.splitter.setSizes([150, 600])
        self.event_actions = EventActions(context, self, self.report, self.reload)
        self.exports = EventExports(context.runner, self, self.report)
        self.data: EventData | None = None
        self.stall_window: QWidget | None = None
        self._connect()
        self._connect_counts()
        self._update_buttons()

    @property
    def par(self) -> ParPanel:
        """The par-list panel."""
        return self.ui.par

    @property
    def report_panel(self) -> ReportPanel:
        """The report panel."""
        return self.ui.report

    def _connect(self) -> None:
        ui, act = self.ui, self.event_actions
        ui.eventTable.current_changed.connect(self._on_current)
        ui.eventTable.view.doubleClicked.connect(lambda _i: self._edit())
        ui.newEventButton.clicked.connect(act.new_event)
        ui.editEventButton.clicked.connect(self._edit)
        ui.forwardButton.clicked.connect(lambda: self._move(FORWARD))
        ui.backButton.clicked.connect(lambda: self._move(BACK))
        ui.closeButton.clicked.connect(lambda: self._with_event(act.close))
        ui.stallButton.clicked.connect(self.open_stall)
        par = ui.par.ui
        par.addButton.clicked.connect(lambda: self._with_event(act.add_products))
        par.removeButton.clicked.connect(self._remove)
        par.planButton.clicked.connect(lambda: self._with_event(act.plan_production))
        par.packButton.clicked.connect(lambda: self._with_event(act.pack))
        par.terminalButton.clicked.connect(lambda: self._with_event(act.terminal))
        par.pdfButton.clicked.connect(lambda: self._ask_packing("pdf"))
        par.csvButton.clicked.connect(lambda: self._ask_packing("csv"))
        ui.par.model.planned_edited.connect(
            lambda pid, n: self._with_event(lambda e: act.set_planned(e, pid, n))
        )
        report = ui.report
        report.compare_changed.connect(lambda _id: self._load_details())
        report.ui.csvButton.clicked.connect(lambda: self._ask_report("csv"))
        report.ui.pdfButton.clicked.connect(lambda: self._ask_report("pdf"))

    # -- tables ------------------------------------------------------------------------

    def tables(self) -> list[FilteredTable]:
        """Events, par list, figures and products sold."""
        ui = self.ui
        return [
            ui.eventTable,
            ui.par.ui.parTable,
            ui.report.ui.figureTable,
            ui.report.ui.productTable,
        ]

    def current_table(self) -> FilteredTable:
        """The events table."""
        return self.ui.eventTable

    def load(self) -> None:
        """Load the events; the details follow for the event under the cursor."""
        self.fetch(events.list_events, self._on_events)
        self.check_outbox()

    def clear(self) -> None:
        """Forget the rows of a closed database."""
        self.model.set_rows([])
        self.data = None
        self.ui.par.show_lines([], None)
        self.ui.report.show_reports([])

    def _on_events(self, rows: list[EventRow]) -> None:
        current = self.current_event()
        self.model.set_rows(rows)
        if not (current is not None and self.select_event(current.id)):
            self.ui.eventTable.select_first()
        if self.current_event() is None:
            self._load_details()

    def showEvent(self, event: QShowEvent) -> None:
        """Load again when the tab comes into view (jobs and stock change elsewhere)."""
        super().showEvent(event)
        if self.context.database is not None and not event.spontaneous():
            self.reload()

    # -- the event under the cursor ----------------------------------------------------

    def current_event(self) -> EventRow | None:
        """The event under the cursor."""
        row = self.ui.eventTable.current_row()
        return row if isinstance(row, EventRow) else None

    def select_event(self, event_id: uuid.UUID) -> bool:
        """Put the cursor on an event."""
        table = self.ui.eventTable
        for row in range(table.proxy.rowCount()):
            found = table.proxy.index(row, 0).data(Role.OBJECT)
            if getattr(found, "id", None) == event_id:
                table.view.setCurrentIndex(table.proxy.index(row, 0))
                return True
        return False

    def _on_current(self, _row: object) -> None:
        self._update_buttons()
        self._load_details()

    def _load_details(self) -> None:
        event = self.current_event()
        if event is None:
            self.data = None
            self.ui.par.show_lines([], None)
            self.ui.report.show_reports([])
            return
        self.ui.report.set_choices(self.model.rows(), event.id)
        other = self.ui.report.compared_id()
        self.fetch(lambda s: load_event(s, event.id, other), self._on_details)

    def _on_details(self, data: EventData) -> None:
        event = self.current_event()
        if event is None or event.id != data.event_id:
            return
        self.data = data
        self.ui.par.show_lines(data.lines, event.status)
        self.ui.report.show_reports(data.reports, data.currency)
        self._update_buttons()

    def _update_buttons(self) -> None:
        ui = self.ui
        event = self.current_event()
        status = event.status if event else None
        ui.editEventButton.setEnabled(event is not None)
        for button, moves in ((ui.forwardButton, FORWARD), (ui.backButton, BACK)):
            move = moves.get(status or "")
            button.setEnabled(move is not None)
            if move is not None:
                button.setText(move[1])
        ui.closeButton.setEnabled(status == EventStatus.LIVE.value)
        live = status == EventStatus.LIVE.value
        ui.stallButton.setEnabled(live)
        ui.stallButton.setToolTip(
            "Sell and count at the stall, full screen" if live else "Go live first"
        )

    def _with_event(self, action: object) -> None:
        event = self.current_event()
        if event is not None and callable(action):
            action(event.id)

    def _move(self, moves: dict[str, tuple[EventStatus, str]]) -> None:
        event = self.current_event()
        if event is not None and event.status in moves:
            self.event_actions.set_status(event.id, moves[event.status][0])

    def _edit(self) -> None:
        self._with_event(self.event_actions.edit_event)

    def _remove(self) -> None:
        row = self.ui.par.ui.parTable.current_row()
        event = self.current_event()
        if event is not None and isinstance(row, ParLine):
            self.event_actions.remove_product(event.id, row.product_id)

    # -- files -------------------------------------------------------------------------

    def _ask_packing(self, kind: str) -> None:
        event = self.current_event()
        if event is None:
            return
        name = f"Packing list {safe_name(event.name)}.{kind}"
        pattern = "PDF files (*.pdf)" if kind == "pdf" else "CSV files (*.csv)"
        self.exports.ask(
            "Save the packing list", name, pattern, lambda path: self.save_packing_list(path)
        )

    def save_packing_list(self, path: Path) -> None:
        """Save the packing list of the event under the cursor (PDF or CSV by suffix)."""
        event, data = self.current_event(), self.data
        if event is None or data is None:
            return
        if path.suffix.lower() == ".csv":
            self.exports.packing_csv(data.lines, path)
        else:
            when = when_text(event.starts_on, event.ends_on)
            self.exports.packing_pdf(event.name, when, data.lines, path)

    def _ask_report(self, kind: str) -> None:
        event = self.current_event()
        if event is None:
            return
        name = f"Report {safe_name(event.name)}.{kind}"
        pattern = "PDF files (*.pdf)" if kind == "pdf" else "CSV files (*.csv)"
        self.exports.ask("Save the report", name, pattern, self.save_report)

    def save_report(self, path: Path) -> None:
        """Save the report on show (PDF or CSV by suffix)."""
        data = self.data
        if data is None or not self.ui.report.reports:
            return
        if path.suffix.lower() == ".csv":
            self.exports.report_csv(self.ui.report.reports, data.currency, path)
        else:
            self.exports.report_pdf(self.ui.report, data.currency, path)

    # -- stall mode --------------------------------------------------------------------

    def open_stall(self) -> QWidget | None:
        """Open stall mode on the live event under the cursor."""
        event = self.current_event()
        database = self.context.database
        if event is None or database is None or event.status != EventStatus.LIVE.value:
            return None
        window = StallWindow(self.context.runner, database, event.id, event.name)
        window.closed.connect(self.reload)
        window.closed.connect(self.check_outbox)
        self.stall_window = window
        window.start()
        return window

    def check_outbox(self) -> None:
        """Entries sold offline and not sent yet: say so, with a way to send them now."""
        path = outbox_path()

        def shown(waiting: int) -> None:
            self.stall_waiting.emit(waiting)
            if waiting:
                entries = "1 stall entry" if waiting == 1 else f"{waiting} stall entries"
                self.ui.banner.show_message(
                    TOPIC,
                    BannerKind.WARNING,
                    f"{entries} from offline selling not sent yet",
                    "They were recorded on this computer while the server could not be reached.",
                    (BannerAction("Send now", self.send_outbox),),
                )

        self.context.runner.run(lambda: waiting_entries(path), shown, ignore, lane=Lane.BACKGROUND)

    def send_outbox(self) -> None:
        """Replay the stall's outbox into the database (exactly once)."""
        database, path = self.context.database, outbox_path()
        if database is None:
            return

        def sent(report: ReplayReport) -> None:
            self.report(
                BannerKind.SUCCESS, "Stall entries sent", f"{report.sent} recorded on the server."
            )
            self.reload()
            self.stall_waiting.emit(report.remaining)

        def failed(error: Exception) -> None:
            self.report(BannerKind.ERROR, "Not sent yet", str(error))

        self.context.runner.run(lambda: replay(path, database.session), sent, failed)

    # -- news --------------------------------------------------------------------------

    def report(self, kind: BannerKind, title: str, message: str = "") -> None:
        """Say how an action went, above the events."""
        self.ui.banner.show_message(TOPIC, kind, title, message)
