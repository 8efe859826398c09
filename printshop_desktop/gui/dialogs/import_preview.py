"""The preview table of the import dialog: every row of the file with what importing it
does, or why it cannot be imported (with its line number)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QColor

from ...services.csv_format import ImportPreview, RowAction
from ..table_model import RowTableModel

BAD_BACKGROUND = QColor("#fde2e1")
ACTIONS = {RowAction.NEW: "New", RowAction.UPDATE: "Update", RowAction.UNCHANGED: "Unchanged"}
SUMMARY_CELLS = 4


@dataclass(frozen=True)
class PreviewLine:
    """One row of a file as the preview shows it."""

    what: str
    line: int
    action: RowAction | None
    column: str
    problem: str
    values: str

    @property
    def bad(self) -> bool:
        """True when the row cannot be imported."""
        return bool(self.problem)


def preview_lines(previews: Sequence[ImportPreview]) -> list[PreviewLine]:
    """The rows of one or more previews (a Spoolman file has filaments and spools)."""
    lines = []
    for preview in previews:
        what = preview.entity.removesuffix("s")
        for row in preview.rows:
            cells = [v for v in row.values.values() if v and v.strip()][:SUMMARY_CELLS]
            error = row.error
            lines.append(
                PreviewLine(
                    what,
                    row.line,
                    row.action,
                    error.column if error else "",
                    error.message if error else "",
                    " · ".join(cells),
                )
            )
    return sorted(lines, key=lambda line: (not line.bad, line.line, line.what))


class ImportPreviewModel(RowTableModel[PreviewLine]):
    """Bad rows first (in red), then what each good row would do."""

    LINE, WHAT, RESULT, COLUMN, PROBLEM, VALUES = range(6)
    headers = ("Line", "What", "Result", "Column", "Problem", "Row")
    text_columns = frozenset({WHAT, RESULT, COLUMN, PROBLEM, VALUES})
    number_columns = frozenset({LINE})
    stretch_column = PROBLEM
    noun = ("row", "rows")

    def display(self, row: PreviewLine, column: int) -> str:
        """Cell text."""
        match column:
            case self.LINE:
                return str(row.line)
            case self.WHAT:
                return row.what
            case self.RESULT:
                return "Bad row" if row.bad else ACTIONS.get(row.action, "") if row.action else ""
            case self.COLUMN:
                return row.column
            case self.PROBLEM:
                return row.problem
            case self.VALUES:
                return row.values
        return ""

    def sort_value(self, row: PreviewLine, column: int) -> Any:
        """Lines as numbers."""
        return row.line if column == self.LINE else super().sort_value(row, column)

    def background(self, row: PreviewLine, column: int) -> Any:
        """Bad rows in red."""
        return BAD_BACKGROUND if row.bad else None
