"""Table models of the Print Queue's other views: printers, timeline, material groups, history."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QColor, QFont

from ....services.printers import PrinterListRow
from ....services.queue_plan import MaterialRow, TimelineRow, VariantHistory
from ...local_time import format_local
from ...money import format_money
from ...table_model import RowTableModel

WARN_COLOUR = QColor("#b3261e")
QUIET_COLOUR = QColor("#6b6b6b")
STATUS_COLOURS = {
    "idle": QColor("#137333"),
    "printing": QColor("#1a73e8"),
    "maintenance": QColor("#b06000"),
    "offline": QColor("#6b6b6b"),
}


def duration_text(seconds: int) -> str:
    """``2 h 05 min`` or ``45 min``."""
    minutes = round(seconds / 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min" if hours else f"{minutes} min"


class PrinterTableModel(RowTableModel[PrinterListRow]):
    """Printers with their state, nozzle, loaded filament and costs."""

    NAME, STATUS, JOBS, NOZZLE, COST, LOADED = range(6)
    headers = ("Printer", "Status", "Jobs", "Nozzle", "Per hour", "Loaded")
    text_columns = frozenset({NAME, STATUS, LOADED})
    number_columns = frozenset({NOZZLE, JOBS, COST})
    stretch_column = LOADED
    noun = ("printer", "printers")

    def display(self, row: PrinterListRow, column: int) -> str:
        """Cell text."""
        match column:
            case self.NAME:
                return row.name
            case self.STATUS:
                return self._status(row).capitalize()
            case self.NOZZLE:
                return f"{row.nozzle_mm:g} mm"
            case self.LOADED:
                return ", ".join(f"T{tool}: {label}" for tool, label, _hex in row.loaded) or "—"
            case self.JOBS:
                return str(row.open_jobs)
            case self.COST:
                return format_money(row.hourly_cost_cents)
        return ""

    @staticmethod
    def _status(row: PrinterListRow) -> str:
        """A printer with a job printing on it is printing, whatever was set by hand."""
        return "printing" if row.printing and row.status == "idle" else row.status

    def sort_value(self, row: PrinterListRow, column: int) -> Any:
        """Numbers as numbers."""
        numbers = {
            self.NOZZLE: row.nozzle_mm,
            self.JOBS: row.open_jobs,
            self.COST: row.hourly_cost_cents,
        }
        return numbers[column] if column in numbers else super().sort_value(row, column)

    def decoration(self, row: PrinterListRow, column: int) -> Any:
        """The first loaded filament's colour; a state dot."""
        if column == self.LOADED and row.loaded:
            return QColor(row.loaded[0][2])
        if column == self.STATUS:
            return STATUS_COLOURS.get(self._status(row))
        return None

    def tooltip(self, row: PrinterListRow, column: int) -> str | None:
        """Model, build volume, power and cost; the job printing; open jobs."""
        if column == self.NAME:
            build = (
                " × ".join(f"{v:g}" for v in row.build_mm) + " mm" if row.build_mm else "unknown"
            )
            return f"Build volume {build}; {row.power_w} W"
        return None


class TimelineTableModel(RowTableModel[TimelineRow]):
    """Expected start and finish of each open job, per printer."""

    PRINTER, JOB, COPIES, START, FINISH, TIME, DUE, NOTE = range(8)
    headers = (
        "Printer",
        "Job",
        "Copies",
        "Expected start",
        "Expected finish",
        "Print time",
        "Due",
        "Note",
    )
    text_columns = frozenset({PRINTER, JOB, NOTE})
    number_columns = frozenset({COPIES, TIME})
    stretch_column = NOTE
    noun = ("job", "jobs")

    def display(self, row: TimelineRow, column: int) -> str:
        """Cell text."""
        match column:
            case self.PRINTER:
                return row.printer + (" (suggested)" if row.suggested_printer else "")
            case self.JOB:
                return row.label
            case self.COPIES:
                return str(row.copies)
            case self.START:
                return "printing" if row.state == "printing" else format_local(row.start)
            case self.FINISH:
                return format_local(row.finish)
            case self.TIME:
                return ("≈ " if row.guessed else "") + duration_text(row.seconds)
            case self.DUE:
                return format_local(row.due_at)
            case self.NOTE:
                return self._note(row)
        return ""

    @staticmethod
    def _note(row: TimelineRow) -> str:
        notes = []
        if row.late:
            notes.append("finishes after it is due")
        if row.state == "paused":
            notes.append("paused")
        if row.guessed:
            notes.append("time guessed from its weight (no sliced file)")
        if row.suggested_printer:
            notes.append("no printer chosen: the first free one")
        return "; ".join(notes)

    def sort_value(self, row: TimelineRow, column: int) -> Any:
        """Times as times."""
        values = {
            self.COPIES: row.copies,
            self.START: row.start,
            self.FINISH: row.finish,
            self.TIME: row.seconds,
            self.DUE: row.due_at,
        }
        return values[column] if column in values else super().sort_value(row, column)

    def foreground(self, row: TimelineRow, column: int) -> Any:
        """Late jobs in red."""
        if row.late and column in (self.FINISH, self.DUE, self.NOTE):
            return WARN_COLOUR
        return None


class MaterialTableModel(RowTableModel[MaterialRow]):
    """Queued jobs under the material and colour of their first tool."""

    GROUP, JOB, COPIES, GRAMS, PRINTER = range(5)
    headers = ("Material and colour", "Job", "Copies", "Filament", "Printer")
    text_columns = frozenset({GROUP, JOB, PRINTER})
    number_columns = frozenset({COPIES, GRAMS})
    stretch_column = JOB
    noun = ("queued job", "queued jobs")

    def display(self, row: MaterialRow, column: int) -> str:
        """Cell text."""
        match column:
            case self.GROUP:
                jobs = "1 job" if row.group_jobs == 1 else f"{row.group_jobs} jobs"
                return f"{row.group}  ({jobs}, {row.group_grams:,.0f} g)"
            case self.JOB:
                return row.label
            case self.COPIES:
                return str(row.copies)
            case self.GRAMS:
                return f"{row.grams:,.0f} g"
            case self.PRINTER:
                return row.printer or "Any printer"
        return ""

    def sort_value(self, row: MaterialRow, column: int) -> Any:
        """Groups by name, numbers as numbers."""
        if column == self.GROUP:
            return (row.material.casefold(), row.colour.casefold())
        if column == self.COPIES:
            return row.copies
        if column == self.GRAMS:
            return row.grams
        return super().sort_value(row, column)

    def decoration(self, row: MaterialRow, column: int) -> Any:
        """The colour swatch."""
        return QColor(row.colour_hex) if column == self.GROUP else None


class HistoryTableModel(RowTableModel[VariantHistory]):
    """How each variant's prints went."""

    VARIANT, RATE, DONE, FAILED, CANCELLED, MADE, LAST = range(7)
    headers = ("Variant", "Success rate", "Done", "Failed", "Cancelled", "Copies made", "Last")
    text_columns = frozenset({VARIANT})
    number_columns = frozenset({RATE, DONE, FAILED, CANCELLED, MADE})
    stretch_column = VARIANT
    noun = ("variant", "variants")

    def display(self, row: VariantHistory, column: int) -> str:
        """Cell text."""
        match column:
            case self.VARIANT:
                return row.label
            case self.RATE:
                return "—" if row.success_rate is None else f"{row.success_rate:.0%}"
            case self.DONE:
                return str(row.done)
            case self.FAILED:
                return str(row.failed)
            case self.CANCELLED:
                return str(row.cancelled)
            case self.MADE:
                return str(row.copies_made)
            case self.LAST:
                return format_local(row.last_finished)
        return ""

    def sort_value(self, row: VariantHistory, column: int) -> Any:
        """Numbers as numbers."""
        values = {
            self.RATE: row.success_rate,
            self.DONE: row.done,
            self.FAILED: row.failed,
            self.CANCELLED: row.cancelled,
            self.MADE: row.copies_made,
            self.LAST: row.last_finished,
        }
        return values[column] if column in values else super().sort_value(row, column)

    def foreground(self, row: VariantHistory, column: int) -> Any:
        """A poor success rate in red."""
        if column == self.RATE and row.success_rate is not None and row.success_rate < 0.8:
            return WARN_COLOUR
        return None

    def font(self, row: VariantHistory, column: int) -> QFont | None:
        """The rate in bold."""
        if column == self.RATE:
            bold = QFont()
            bold.setBold(True)
            return bold
        return None
