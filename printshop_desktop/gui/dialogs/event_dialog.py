"""The market-event dialog: name, dates, venue, stall fee, theme tags and notes."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QWidget

from ...services.events import EventInput
from ...services.money_text import format_cents, parse_cents
from ..forms.ui_event_dialog import Ui_EventDialog
from .job_submit import SubmitDialog


class EventDialog(SubmitDialog):
    """New event (no data) or edit one; :meth:`values` gives an :class:`EventInput`."""

    def __init__(self, data: EventInput | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_EventDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.startEdit.dateChanged.connect(self._keep_order)
        start = date.today() + timedelta(days=14)
        self._fill(data or EventInput(name="", starts_on=start, ends_on=start))
        self.setWindowTitle("Edit event" if data else "New market event")
        self.connect_buttons("Save")
        ui.nameEdit.setFocus()

    def _fill(self, data: EventInput) -> None:
        ui = self.ui
        ui.nameEdit.setText(data.name)
        ui.startEdit.setDate(QDate(data.starts_on))
        ui.endEdit.setDate(QDate(data.ends_on))
        ui.venueEdit.setText(data.venue or "")
        ui.feeEdit.setText(format_cents(data.stall_fee_cents))
        ui.tagsEdit.setText(", ".join(data.theme_tags))
        ui.notesEdit.setPlainText(data.notes or "")

    def _keep_order(self, start: QDate) -> None:
        if self.ui.endEdit.date() < start:
            self.ui.endEdit.setDate(start)

    def values(self) -> EventInput:
        """The form as an :class:`EventInput`."""
        ui = self.ui
        tags = tuple(
            t.strip() for t in ui.tagsEdit.text().replace(";", ",").split(",") if t.strip()
        )
        starts, ends = ui.startEdit.date().toPython(), ui.endEdit.date().toPython()
        assert isinstance(starts, date) and isinstance(ends, date)
        return EventInput(
            name=ui.nameEdit.text(),
            starts_on=starts,
            ends_on=ends,
            venue=ui.venueEdit.text().strip() or None,
            stall_fee_cents=parse_cents(ui.feeEdit.text(), "stall_fee"),
            theme_tags=tags,
            notes=ui.notesEdit.toPlainText().strip() or None,
        )
