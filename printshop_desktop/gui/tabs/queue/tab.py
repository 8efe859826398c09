"""The Print Queue tab: printers on the left; jobs on the right in five views, with actions.

Views: the queue in its own order (drag to rearrange), the jobs of the printer chosen on the
left, queued jobs grouped by material and colour, an estimated timeline per printer, and the
history of outcomes per variant. The buttons follow the state of the job under the cursor.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QWidget
from sqlalchemy.orm import Session

from ....db.enums import JobState
from ....services import printers, queue, queue_plan
from ....services.printers import PrinterListRow
from ....services.queue import JobRow
from ....services.queue_plan import MaterialRow, TimelineRow, VariantHistory
from ...context import ShopContext
from ...forms.ui_queue_tab import Ui_QueueTab
from ...table_model import Role
from ...widgets.banner import BannerKind
from ...widgets.filtered_table import FilteredTable
from ..base_tab import BaseTab
from .actions import JobActions
from .drag_order import JobQueueModel
from .plan_models import (
    HistoryTableModel,
    MaterialTableModel,
    PrinterTableModel,
    TimelineTableModel,
)
from .table_models import JobTableModel
from .toolbar import buttons_to_toolbar

QUEUE, BY_PRINTER, MATERIAL, TIMELINE, HISTORY = range(5)
HINTS = {
    QUEUE: "Open jobs print from the top. Drag a job to change its place in the queue.",
    BY_PRINTER: "The open jobs of the printer chosen on the left (all printers when none is).",
    MATERIAL: "Queued jobs by the filament of their first tool: print a group together to "
    "change filament less often.",
    TIMELINE: "Estimated from each job's print time × copies, one job after another per printer.",
    HISTORY: "Every finished job per variant; the least reliable first.",
}
QUEUE_EMPTY = (
    "The print queue is empty.\nUse “New job…” to queue a print, or plan an event's production."
)
TOPIC = "queue"


@dataclass(frozen=True)
class QueueData:
    """Everything the tab shows, loaded in one unit of work."""

    jobs: list[JobRow]
    printers: list[PrinterListRow]
    timeline: list[TimelineRow]
    materials: list[MaterialRow]
    history: list[VariantHistory]


def load_queue(session: Session) -> QueueData:
    """Jobs, printers and the three computed views."""
    return QueueData(
        queue.list_jobs(session),
        printers.list_printer_rows(session),
        queue_plan.timeline(session),
        queue_plan.material_groups(session),
        queue_plan.history(session),
    )


class QueueTab(BaseTab):
    """Printers, jobs and the job actions."""

    title = "&Print Queue"

    def __init__(self, context: ShopContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_QueueTab()
        self.ui.setupUi(self)
        self.jobs = JobQueueModel(self)
        self.printer_jobs = JobTableModel(self)
        self.printers = PrinterTableModel(self)
        self.timeline = TimelineTableModel(self)
        self.materials = MaterialTableModel(self)
        self.history = HistoryTableModel(self)
        ui = self.ui
        ui.jobTable.set_model(self.jobs, sort_column=-1, empty_text=QUEUE_EMPTY)
        ui.printerJobTable.set_model(
            self.printer_jobs, sort_column=-1, empty_text="No open jobs for this printer."
        )
        ui.printerTable.set_model(
            self.printers,
            empty_text="No printers yet.\nAdd each printer with “New printer…”.",
        )
        ui.materialTable.set_model(
            self.materials, sort_column=MaterialTableModel.GROUP, empty_text="No queued jobs."
        )
        ui.timelineTable.set_model(
            self.timeline, sort_column=-1, empty_text="No open jobs to schedule."
        )
        ui.historyTable.set_model(self.history, sort_column=-1, empty_text="No finished jobs yet.")
        buttons_to_toolbar(ui.jobButtons, "jobToolBar")
        buttons_to_toolbar(ui.printerButtons, "printerToolBar")
        ui.splitter.setSizes([380, 900])
        for column in (PrinterTableModel.NOZZLE, PrinterTableModel.COST):
            ui.printerTable.view.setColumnHidden(column, True)
        self._enable_drag_and_drop()
        self.job_actions = JobActions(context, self, self.report, self.reload)
        self._connect()
        self._connect_counts()
        self._update_buttons()

    # -- setup -------------------------------------------------------------------------

    def _enable_drag_and_drop(self) -> None:
        view = self.ui.jobTable.view
        view.setSortingEnabled(False)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setDragEnabled(True)
        view.setAcceptDrops(True)
        view.setDropIndicatorShown(True)
        view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        view.setDefaultDropAction(Qt.DropAction.MoveAction)
        view.setDragDropOverwriteMode(False)
        self.jobs.order_dropped.connect(lambda order, moved: self.job_actions.reorder(order, moved))

    def _connect(self) -> None:
        ui = self.ui
        ui.viewCombo.currentIndexChanged.connect(self._show_view)
        for table in self.tables():
            table.current_changed.connect(self._update_buttons)
        ui.printerTable.current_changed.connect(self._fill_printer_jobs)
        for table in self.job_tables():
            table.view.doubleClicked.connect(lambda _i: self._edit_job())
        ui.printerTable.view.doubleClicked.connect(lambda _i: self._edit_printer())
        act = self.job_actions
        ui.newJobButton.clicked.connect(self._new_job)
        ui.editJobButton.clicked.connect(self._edit_job)
        ui.startButton.clicked.connect(lambda: self._with_job(act.start))
        ui.pauseButton.clicked.connect(lambda: self._with_job(act.pause))
        ui.resumeButton.clicked.connect(lambda: self._with_job(act.resume))
        ui.finishButton.clicked.connect(lambda: self._with_job(act.finish))
        ui.failButton.clicked.connect(lambda: self._with_job(act.fail))
        ui.cancelButton.clicked.connect(lambda: self._with_job(act.cancel))
        ui.newPrinterButton.clicked.connect(act.new_printer)
        ui.editPrinterButton.clicked.connect(self._edit_printer)
        shortcut = QShortcut(QKeySequence.StandardKey.New, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self._new_job)
        self._show_view(QUEUE)

    # -- tables ------------------------------------------------------------------------

    def tables(self) -> list[FilteredTable]:
        """The five job views, then the printers."""
        ui = self.ui
        return [*self.job_tables(), ui.printerTable]

    def job_tables(self) -> list[FilteredTable]:
        """The job views in the order of the view list."""
        ui = self.ui
        return [
            ui.jobTable,
            ui.printerJobTable,
            ui.materialTable,
            ui.timelineTable,
            ui.historyTable,
        ]

    def current_table(self) -> FilteredTable:
        """The job view on show."""
        return self.job_tables()[self.ui.views.currentIndex()]

    def show_view(self, number: int) -> None:
        """Switch to a view (QUEUE, BY_PRINTER, MATERIAL, TIMELINE, HISTORY)."""
        self.ui.viewCombo.setCurrentIndex(number)

    def _show_view(self, number: int) -> None:
        self.ui.views.setCurrentIndex(number)
        self.ui.viewHint.setText(HINTS[number])
        self._update_buttons()
        self.count_changed.emit()

    def load(self) -> None:
        """Load everything in one unit of work."""
        self.fetch(load_queue, self._on_data)

    def clear(self) -> None:
        """Forget the rows of a closed database."""
        for model in (
            self.jobs,
            self.printer_jobs,
            self.printers,
            self.timeline,
            self.materials,
            self.history,
        ):
            model.set_rows([])
        self._update_buttons()

    def _on_data(self, data: QueueData) -> None:
        current = self.current_job()
        self.jobs.set_rows(data.jobs)
        self.printers.set_rows(data.printers)
        self.timeline.set_rows(data.timeline)
        self.ui.timelineChart.set_rows(data.timeline)
        self.materials.set_rows(data.materials)
        self.history.set_rows(data.history)
        self._fill_printer_jobs()
        if current is not None:
            self.select_job(current.id)
        self._update_buttons()

    def _fill_printer_jobs(self, *_: object) -> None:
        printer = self.ui.printerTable.current_row()
        chosen = printer.id if isinstance(printer, PrinterListRow) else None
        self.printer_jobs.set_rows(
            [j for j in self.jobs.rows() if j.is_open and chosen in (None, j.printer_id)]
        )
        self._update_buttons()

    def showEvent(self, event: QShowEvent) -> None:
        """Load again when the tab comes into view (stock and events change elsewhere)."""
        super().showEvent(event)
        if self.context.database is not None and not event.spontaneous():
            self.reload()

    # -- the job under the cursor ------------------------------------------------------

    def current_job(self) -> JobRow | None:
        """The job under the cursor in the view on show."""
        row = self.current_table().current_row()
        job_id = (
            getattr(row, "id", None) if isinstance(row, JobRow) else getattr(row, "job_id", None)
        )
        return self.jobs.job(job_id) if isinstance(job_id, uuid.UUID) else None

    def select_job(self, job_id: uuid.UUID) -> bool:
        """Put the cursor on a job in the view on show."""
        table = self.current_table()
        proxy = table.proxy
        for row in range(proxy.rowCount()):
            found = proxy.index(row, 0).data(Role.OBJECT)
            if getattr(found, "id", None) == job_id or getattr(found, "job_id", None) == job_id:
                table.view.selectRow(row)
                table.view.setCurrentIndex(proxy.index(row, 0))
                return True
        return False

    def _with_job(self, action: object) -> None:
        job = self.current_job()
        if job is not None and callable(action):
            action(job)

    def _update_buttons(self, *_: object) -> None:
        job = self.current_job()
        state = job.state if job else None
        ui = self.ui
        ui.editJobButton.setEnabled(job is not None and job.is_open)
        ui.startButton.setEnabled(state == JobState.QUEUED.value)
        ui.pauseButton.setEnabled(state == JobState.PRINTING.value)
        ui.resumeButton.setEnabled(state == JobState.PAUSED.value)
        ui.finishButton.setEnabled(state == JobState.PRINTING.value)
        ui.failButton.setEnabled(state in (JobState.PRINTING.value, JobState.PAUSED.value))
        ui.cancelButton.setEnabled(job is not None and job.is_open)
        ui.editPrinterButton.setEnabled(self.ui.printerTable.current_row() is not None)

    def _new_job(self) -> None:
        printer = self.ui.printerTable.current_row()
        self.job_actions.new_job(printer.id if isinstance(printer, PrinterListRow) else None)

    def _edit_job(self) -> None:
        job = self.current_job()
        if job is not None and job.is_open:
            self.job_actions.edit_job(job)

    def _edit_printer(self) -> None:
        printer = self.ui.printerTable.current_row()
        if isinstance(printer, PrinterListRow):
            self.job_actions.edit_printer(printer.id)

    # -- news --------------------------------------------------------------------------

    def report(self, kind: BannerKind, title: str, message: str = "") -> None:
        """Say how an action went, above the tables."""
        self.ui.banner.show_message(TOPIC, kind, title, message)
