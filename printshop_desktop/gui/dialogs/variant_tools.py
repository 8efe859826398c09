"""The filament-per-tool rows of the variant dialog: tool slot, filament, grams, remove."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QGridLayout, QSpinBox, QToolButton, QWidget

from ...services.errors import ValidationFailed
from ...services.filament_match import FilamentChoice

MAX_TOOLS = 16
PICK = "— pick a filament —"


def swatch_icon(colour: str | None, side: int = 14) -> QIcon:
    """A square of the filament's colour."""
    pixmap = QPixmap(side, side)
    pixmap.fill(QColor(colour or "#9e9e9e"))
    return QIcon(pixmap)


class ToolRow:
    """The widgets of one tool slot."""

    def __init__(self, host: QWidget, filaments: Sequence[FilamentChoice]) -> None:
        self.tool = QSpinBox(host)
        self.tool.setRange(0, MAX_TOOLS - 1)
        self.tool.setPrefix("T")
        self.tool.setToolTip("Tool (extruder or AMS slot) number")
        self.filament = QComboBox(host)
        self.filament.addItem(PICK, "")
        for choice in filaments:
            self.filament.addItem(swatch_icon(choice.colour_hex), choice.label, str(choice.id))
        self.grams = QDoubleSpinBox(host)
        self.grams.setRange(0, 100_000)
        self.grams.setDecimals(1)
        self.grams.setSuffix(" g")
        self.remove = QToolButton(host)
        self.remove.setText("Remove")
        self.remove.setAutoRaise(True)

    def widgets(self) -> tuple[QWidget, ...]:
        """Left to right."""
        return (self.tool, self.filament, self.grams, self.remove)

    def need(self) -> tuple[int, uuid.UUID, float]:
        """``(tool, filament id, grams)``; refused while no filament is picked."""
        picked = self.filament.currentData()
        if not picked:
            raise ValidationFailed(
                "filament_needs", f"Pick a filament for T{self.tool.value()}, or remove it."
            )
        return self.tool.value(), uuid.UUID(picked), round(self.grams.value(), 1)


class ToolsEditor(QObject):
    """Keeps the tool rows in the form's ``toolsLayout``; :attr:`changed` on any edit."""

    changed = Signal()

    def __init__(self, host: QWidget, layout: QGridLayout) -> None:
        super().__init__(host)
        self.host = host
        self.layout = layout
        self.rows: list[ToolRow] = []
        self.filaments: tuple[FilamentChoice, ...] = ()
        layout.setColumnStretch(1, 1)

    def set_filaments(self, filaments: Sequence[FilamentChoice]) -> None:
        """The filaments to pick from (rows already made keep theirs)."""
        self.filaments = tuple(filaments)

    def set_needs(self, needs: Sequence[tuple[int, uuid.UUID, float]]) -> None:
        """Show these tool needs, replacing the rows."""
        for row in list(self.rows):
            self._drop(row)
        for tool, filament_id, grams in needs:
            row = self.add_row(tool)
            index = row.filament.findData(str(filament_id))
            row.filament.setCurrentIndex(max(index, 0))
            row.grams.setValue(grams)

    def add_row(self, tool: int | None = None) -> ToolRow:
        """A new row, on the next free tool number unless given."""
        row = ToolRow(self.host, self.filaments)
        used = {r.tool.value() for r in self.rows}
        row.tool.setValue(tool if tool is not None else next(n for n in range(99) if n not in used))
        number = len(self.rows)
        for column, widget in enumerate(row.widgets()):
            self.layout.addWidget(widget, number, column)
        row.remove.clicked.connect(lambda: self._drop(row))
        row.filament.currentIndexChanged.connect(self.changed)
        row.grams.valueChanged.connect(self.changed)
        self.rows.append(row)
        self.changed.emit()
        return row

    def needs(self) -> tuple[tuple[int, uuid.UUID, float], ...]:
        """Every row's need (raises :class:`ValidationFailed` for a row without filament)."""
        return tuple(row.need() for row in self.rows)

    def _drop(self, row: ToolRow) -> None:
        self.rows.remove(row)
        for widget in row.widgets():
            self.layout.removeWidget(widget)
            widget.deleteLater()
        for number, kept in enumerate(self.rows):  # close the gap
            for column, widget in enumerate(kept.widgets()):
                self.layout.addWidget(widget, number, column)
        self.changed.emit()
