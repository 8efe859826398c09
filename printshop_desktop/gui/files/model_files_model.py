"""The files of one model, in the Catalog's detail panel."""

from __future__ import annotations

from typing import Any

from ...services.model_files import FileSummary, ModelFileRow
from ..local_time import format_local
from ..table_model import RowTableModel
from .units import format_bytes

FORMAT_NAMES = {
    "gcode": "G-code",
    "bgcode": "Binary G-code",
    "gcode.3mf": "Sliced 3MF",
    "3mf": "3MF",
    "stl": "STL mesh",
    "obj": "OBJ mesh",
}


def kind_text(summary: FileSummary, name: str = "") -> str:
    """``G-code (PrusaSlicer)``, ``STL mesh``, or the extension for files the app doesn't read."""
    if summary.format is None:
        suffix = name.rsplit(".", 1)[-1].upper() if "." in name else ""
        return f"{suffix} file" if suffix else "File"
    kind = FORMAT_NAMES.get(summary.format, summary.format)
    return f"{kind} ({summary.slicer})" if summary.slicer else kind


class ModelFilesTableModel(RowTableModel[ModelFileRow]):
    """Files of the selected model, newest first."""

    NAME, KIND, SIZE, ADDED = range(4)
    headers = ("File", "Kind", "Size", "Added")
    text_columns = frozenset({NAME, KIND})
    number_columns = frozenset({SIZE})
    stretch_column = NAME
    noun = ("file", "files")

    def display(self, row: ModelFileRow, column: int) -> str:
        """Cell text."""
        match column:
            case self.NAME:
                return row.name
            case self.KIND:
                return kind_text(row.summary, row.name)
            case self.SIZE:
                return format_bytes(row.size_bytes)
            case self.ADDED:
                return format_local(row.added_at)
        return ""

    def sort_value(self, row: ModelFileRow, column: int) -> Any:
        """Sizes and times natively."""
        if column == self.SIZE:
            return row.size_bytes
        if column == self.ADDED:
            return row.added_at
        return super().sort_value(row, column)

    def tooltip(self, row: ModelFileRow, column: int) -> str | None:
        """The fingerprint, for support."""
        return f"sha256 {row.sha256}" if column == self.NAME else None
