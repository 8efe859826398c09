"""The production plan of an event: the jobs to queue and the filament to buy for them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from ...services.event_plan import ProductionPlan
from ..forms.ui_event_plan_dialog import Ui_EventPlanDialog
from ..local_time import format_local
from .job_submit import SubmitDialog


def fill_table(table: QTableWidget, headers: list[str], rows: list[list[str]]) -> None:
    """Put read-only text into a table widget; numbers (all but the first column) right."""
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if c:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)


class EventPlanDialog(SubmitDialog):
    """Shows a :class:`ProductionPlan`; OK queues its jobs."""

    def __init__(self, plan: ProductionPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_EventPlanDialog()
        self.ui.setupUi(self)
        self.plan = plan
        ui = self.ui
        copies = sum(job.copies for job in plan.jobs)
        if plan.jobs:
            ui.summaryLabel.setText(
                f"{len(plan.jobs)} job{'s' if len(plan.jobs) != 1 else ''} ({copies} copies), "
                f"{plan.priority.value} priority, due {format_local(plan.due_at)}."
            )
        else:
            ui.summaryLabel.setText(
                "Nothing to print: the workshop, the crates and the queue cover the par list."
            )
        fill_table(
            ui.jobTable,
            ["Product", "Copies"],
            [
                [job.label + ("" if job.sellable else " (licence!)"), str(job.copies)]
                for job in plan.jobs
            ],
        )
        fill_table(
            ui.filamentTable,
            ["Filament", "Needed", "On hand", "Short", "Spools to buy"],
            [
                [
                    need.label,
                    f"{need.needed_g:,} g",
                    f"{need.on_hand_g:,} g",
                    f"{need.short_g:,} g" if need.short_g else "—",
                    str(need.spools_to_buy) if need.spools_to_buy else "—",
                ]
                for need in plan.filament
            ],
        )
        ui.notesLabel.setText("\n".join(plan.notes))
        ui.notesLabel.setVisible(bool(plan.notes))
        ui.shoppingEdit.setPlainText(plan.shopping_note())
        ui.copyButton.clicked.connect(self.copy_shopping_list)
        self.connect_buttons(f"Queue {len(plan.jobs)} job{'s' if len(plan.jobs) != 1 else ''}")
        button = self.ok_button()
        if button is not None:
            button.setEnabled(bool(plan.jobs))

    def copy_shopping_list(self) -> None:
        """Put the shopping list on the clipboard."""
        QApplication.clipboard().setText(self.ui.shoppingEdit.toPlainText())

    def values(self) -> ProductionPlan:
        """The plan to apply."""
        return self.plan
