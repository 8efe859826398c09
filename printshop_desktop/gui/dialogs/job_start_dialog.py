"""Starting a job that has problems: each is shown and may be overridden with a reason.

Choosing another printer checks again (the caller runs the check and calls
:meth:`JobStartDialog.show_problems`). Start is enabled when every problem is ticked and a
reason is given; the reason is recorded with the job.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidgetItem, QStyle, QWidget

from ...services.errors import ValidationFailed
from ...services.job_edit import Choice
from ...services.jobs import StartProblem
from ..forms.ui_job_start_dialog import Ui_JobStartDialog
from .job_submit import SubmitDialog, index_of

KIND_TITLES = {
    "printer": "Printer",
    "nozzle": "Nozzle",
    "material": "Filament loaded",
    "stock": "Filament on hand",
    "licence": "Licence",
}


@dataclass(frozen=True)
class StartRequest:
    """What the dialog submits: the printer and the reason to override the problems."""

    printer_id: uuid.UUID | None
    override_reason: str | None


class JobStartDialog(SubmitDialog):
    """Printer choice, the start check's problems to tick, and a reason."""

    printer_changed = Signal(object)  # the printer id, or None

    def __init__(
        self,
        label: str,
        printers: Sequence[Choice],
        printer_id: uuid.UUID | None,
        problems: Sequence[StartProblem],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_JobStartDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.jobLabel.setText(label)
        if printer_id is None:
            ui.printerCombo.addItem("Choose a printer…", None)
        for printer in printers:
            ui.printerCombo.addItem(printer.label, printer.id)
        ui.printerCombo.setCurrentIndex(max(0, index_of(ui.printerCombo, printer_id)))
        ui.printerCombo.currentIndexChanged.connect(
            lambda _i: self.printer_changed.emit(ui.printerCombo.currentData())
        )
        ui.problemList.itemChanged.connect(self._update)
        ui.reasonEdit.textChanged.connect(self._update)
        self.connect_buttons("Start print")
        self.show_problems(problems)

    def show_problems(self, problems: Sequence[StartProblem]) -> None:
        """List the problems (each unticked) for the chosen printer."""
        ui = self.ui
        ui.problemList.blockSignals(True)
        ui.problemList.clear()
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for problem in problems:
            title = KIND_TITLES.get(problem.kind, problem.kind.capitalize())
            item = QListWidgetItem(icon, f"{title}: {problem.message}")
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, problem.kind)
            ui.problemList.addItem(item)
        ui.problemList.blockSignals(False)
        clear = not problems
        ui.problemsTitle.setText(
            "No problems found: the job can start."
            if clear
            else f"{len(problems)} problem{'s' if len(problems) > 1 else ''} found. "
            "Fix them first, or tick each you accept and say why:"
        )
        for widget in (ui.overrideHint, ui.reasonEdit, ui.problemList):
            widget.setVisible(not clear)
        self._update()

    def problem_count(self) -> int:
        """Problems listed."""
        return self.ui.problemList.count()

    def accept_all(self, reason: str) -> None:
        """Tick every problem and give the reason (tests, keyboard users)."""
        for row in range(self.ui.problemList.count()):
            self.ui.problemList.item(row).setCheckState(Qt.CheckState.Checked)
        self.ui.reasonEdit.setText(reason)

    def _ticked(self) -> bool:
        items = [self.ui.problemList.item(r) for r in range(self.ui.problemList.count())]
        return all(item.checkState() == Qt.CheckState.Checked for item in items)

    def _update(self, *_: object) -> None:
        button = self.ok_button()
        needs_reason = self.problem_count() > 0
        ready = not needs_reason or (self._ticked() and bool(self.ui.reasonEdit.text().strip()))
        if button is not None:
            button.setEnabled(ready)

    def values(self) -> StartRequest:
        """The printer and, with problems, the reason."""
        if self.problem_count() and not self._ticked():
            raise ValidationFailed("override", "Tick each problem you accept, or fix it first.")
        reason = self.ui.reasonEdit.text().strip() or None
        if self.problem_count() and reason is None:
            raise ValidationFailed("override", "Say why the job may start anyway.")
        return StartRequest(self.ui.printerCombo.currentData(), reason)
