"""The table model of the Print Queue tab."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor, QFont

from ....db.enums import JobState
from ....services.queue import JobRow
from ...local_time import format_local
from ...table_model import RowTableModel

STATE_ORDER = {state.value: rank for rank, state in enumerate(JobState)}
URGENT_COLOUR = QColor("#b3261e")
FINISHED_COLOUR = QColor("#6b6b6b")
OPEN_STATES = frozenset({JobState.QUEUED.value, JobState.PRINTING.value, JobState.PAUSED.value})


class JobTableModel(RowTableModel[JobRow]):
    """Print jobs, open ones first."""

    MODEL, VARIANT, COPIES, PRIORITY, STATE, PRINTER, EVENT, DUE = range(8)
    headers = ("Model", "Variant", "Copies", "Priority", "State", "Printer", "For event", "Due")
    text_columns = frozenset({MODEL, VARIANT, PRIORITY, STATE, PRINTER, EVENT})
    number_columns = frozenset({COPIES})
    stretch_column = EVENT
    noun = ("job", "jobs")

    def display(self, row: JobRow, column: int) -> str:
        """Cell text."""
        match column:
            case self.MODEL:
                return row.model
            case self.VARIANT:
                return row.variant
            case self.COPIES:
                return str(row.copies)
            case self.PRIORITY:
                return row.priority.capitalize()
            case self.STATE:
                return row.state.capitalize()
            case self.PRINTER:
                return row.printer or "Any printer"
            case self.EVENT:
                return row.event or "—"
            case self.DUE:
                return format_local(row.due_at)
        return ""

    def sort_value(self, row: JobRow, column: int) -> Any:
        """Priority by urgency, state by the job's life, times as times."""
        match column:
            case self.COPIES:
                return row.copies
            case self.PRIORITY:
                return row.priority_rank
            case self.STATE:
                return STATE_ORDER.get(row.state, len(STATE_ORDER))
            case self.DUE:
                return row.due_at
            case self.EVENT:
                return row.event.casefold() if row.event else None
            case self.PRINTER:
                return row.printer.casefold() if row.printer else None
        return super().sort_value(row, column)

    def foreground(self, row: JobRow, column: int) -> Any:
        """Finished jobs greyed; urgent priority in red."""
        if row.state not in OPEN_STATES:
            return FINISHED_COLOUR
        if column == self.PRIORITY and row.priority_rank == 0:
            return URGENT_COLOUR
        return None

    def font(self, row: JobRow, column: int) -> QFont | None:
        """Jobs printing now in bold."""
        if row.state == JobState.PRINTING.value:
            bold = QFont()
            bold.setBold(True)
            return bold
        return None
