"""The print-job dialog: variant, copies, priority, due date, target event, printer, notes."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QCompleter, QWidget

from ...db.enums import JobPriority
from ...services.errors import ValidationFailed
from ...services.job_edit import JobChoices, JobDetail
from ...services.queue import JobInput
from ..forms.ui_job_dialog import Ui_JobDialog
from ..local_time import to_local
from .job_submit import SubmitDialog, index_of

PRIORITIES = list(JobPriority)
ANY_PRINTER = "Any printer (choose when starting)"
NO_EVENT = "No event (stock)"


class JobDialog(SubmitDialog):
    """New job (no detail) or edit an open one; :meth:`values` gives a :class:`JobInput`."""

    def __init__(
        self,
        choices: JobChoices,
        detail: JobDetail | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_JobDialog()
        self.ui.setupUi(self)
        self._choices = choices
        ui = self.ui
        for variant in choices.variants:
            ui.variantCombo.addItem(variant.label, variant.id)
        ui.variantCombo.setCurrentIndex(-1)
        editor = ui.variantCombo.lineEdit()
        if editor is not None:
            editor.setPlaceholderText("Type to find a model or variant…")
        completer = QCompleter(ui.variantCombo.model(), ui.variantCombo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        ui.variantCombo.setCompleter(completer)
        ui.printerCombo.addItem(ANY_PRINTER, None)
        for printer in choices.printers:
            ui.printerCombo.addItem(printer.label, printer.id)
        ui.eventCombo.addItem(NO_EVENT, None)
        for event in choices.events:
            ui.eventCombo.addItem(event.label, event.id)
        ui.priorityCombo.setCurrentIndex(PRIORITIES.index(JobPriority.NORMAL))
        ui.dueEdit.setDateTime(QDateTime.currentDateTime().addDays(3))
        ui.dueCheck.toggled.connect(ui.dueEdit.setEnabled)
        ui.variantCombo.currentIndexChanged.connect(self._describe_variant)
        if detail is not None:
            self._fill(detail)
        self.setWindowTitle("Edit print job" if detail else "New print job")
        self.connect_buttons("Save" if detail else "Queue")
        self._describe_variant()

    def _fill(self, detail: JobDetail) -> None:
        ui, data = self.ui, detail.data
        ui.variantCombo.setCurrentIndex(index_of(ui.variantCombo, data.variant_id))
        queued = detail.state == "queued"
        ui.variantCombo.setEnabled(queued)
        ui.copiesSpin.setEnabled(queued)
        ui.copiesSpin.setValue(data.copies)
        ui.priorityCombo.setCurrentIndex(PRIORITIES.index(JobPriority(data.priority)))
        if data.due_at is not None:
            ui.dueCheck.setChecked(True)
            ui.dueEdit.setDateTime(QDateTime(to_local(data.due_at)))
        self.select(data.printer_id, data.event_id)
        ui.notesEdit.setPlainText(data.notes or "")

    def select(
        self,
        printer_id: uuid.UUID | None = None,
        event_id: uuid.UUID | None = None,
        variant_id: uuid.UUID | None = None,
    ) -> None:
        """Preselect a printer, an event or a variant (None keeps the current choice)."""
        ui = self.ui
        if printer_id is not None:
            ui.printerCombo.setCurrentIndex(max(0, index_of(ui.printerCombo, printer_id)))
        if event_id is not None:
            ui.eventCombo.setCurrentIndex(max(0, index_of(ui.eventCombo, event_id)))
        if variant_id is not None:
            ui.variantCombo.setCurrentIndex(index_of(ui.variantCombo, variant_id))

    def _describe_variant(self) -> None:
        variant_id = self.ui.variantCombo.currentData()
        found = next((v for v in self._choices.variants if v.id == variant_id), None)
        if found is None:
            text = ""
        else:
            sliced = (
                f"Prints sliced file v{found.sliced_version}."
                if found.sliced_version
                else "No sliced file yet: the job prints whatever you slice."
            )
            licence = "" if found.sellable else " Its licence does not allow selling prints."
            text = sliced + licence
        self.ui.slicedLabel.setText(text)

    def values(self) -> JobInput:
        """The form as a :class:`JobInput`."""
        ui = self.ui
        variant_id = ui.variantCombo.currentData()
        if variant_id is None or ui.variantCombo.currentText() != ui.variantCombo.itemText(
            ui.variantCombo.currentIndex()
        ):
            raise ValidationFailed("variant", "Choose the variant to print from the list.")
        due = ui.dueEdit.dateTime().toPython() if ui.dueCheck.isChecked() else None
        assert due is None or isinstance(due, datetime)
        return JobInput(
            variant_id=variant_id,
            copies=ui.copiesSpin.value(),
            priority=PRIORITIES[ui.priorityCombo.currentIndex()],
            printer_id=ui.printerCombo.currentData(),
            event_id=ui.eventCombo.currentData(),
            due_at=due.astimezone().astimezone(UTC) if due is not None else None,
            notes=ui.notesEdit.toPlainText().strip() or None,
        )
