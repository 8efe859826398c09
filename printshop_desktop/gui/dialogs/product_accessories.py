"""The "uses per unit" table of the product dialog: which accessories (keyring chain, bag,
card…) one unit uses up when it is made, each with a quantity."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QHeaderView, QSpinBox, QTableWidget

from ...services.inventory import ProductRow
from ...services.inventory_edit import AccessoryLine

ACCESSORY, QUANTITY = range(2)


def _id(data: object) -> uuid.UUID | None:
    """A combo's item data (ids are kept as text) back as a UUID."""
    return uuid.UUID(data) if isinstance(data, str) and data else None


class AccessoryEditor:
    """Edits accessory lines in a :class:`QTableWidget` (a combo and a spin box per row)."""

    def __init__(self, table: QTableWidget) -> None:
        self.table = table
        self.choices: list[ProductRow] = []
        table.setColumnCount(2)
        table.setHorizontalHeaderLabels(["Accessory", "Per unit"])
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(ACCESSORY, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(QUANTITY, QHeaderView.ResizeMode.ResizeToContents)

    def set_choices(self, accessories: Sequence[ProductRow]) -> None:
        """The accessories that can be picked (kept lines stay)."""
        self.choices = list(accessories)
        for row in range(self.table.rowCount()):
            combo = self._combo(row)
            self._fill(combo, _id(combo.currentData()))

    def set_lines(self, lines: Sequence[AccessoryLine]) -> None:
        """Show a product's stored accessories."""
        self.table.setRowCount(0)
        for line in lines:
            self.add(line.accessory_id, line.quantity)

    def add(self, accessory_id: uuid.UUID | None = None, quantity: int = 1) -> int:
        """Add a row (the first accessory not used yet when none is given); returns it."""
        if accessory_id is None:
            used = {line[0] for line in self.lines()}
            free = [a.id for a in self.choices if a.id not in used]
            accessory_id = free[0] if free else None
        row = self.table.rowCount()
        self.table.insertRow(row)
        combo = QComboBox(self.table)
        self._fill(combo, accessory_id)
        spin = QSpinBox(self.table)
        spin.setRange(1, 999)
        spin.setValue(quantity)
        self.table.setCellWidget(row, ACCESSORY, combo)
        self.table.setCellWidget(row, QUANTITY, spin)
        self.table.setCurrentCell(row, ACCESSORY)
        return row

    def remove_current(self) -> None:
        """Drop the selected row."""
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def lines(self) -> list[tuple[uuid.UUID, int]]:
        """``(accessory id, quantity per unit)`` of every row with an accessory chosen."""
        found = []
        for row in range(self.table.rowCount()):
            accessory_id = _id(self._combo(row).currentData())
            spin = self.table.cellWidget(row, QUANTITY)
            if accessory_id is not None and isinstance(spin, QSpinBox):
                found.append((accessory_id, spin.value()))
        return found

    def _combo(self, row: int) -> QComboBox:
        combo = self.table.cellWidget(row, ACCESSORY)
        assert isinstance(combo, QComboBox)
        return combo

    def _fill(self, combo: QComboBox, chosen: uuid.UUID | None) -> None:
        combo.clear()
        for accessory in self.choices:
            combo.addItem(f"{accessory.sku} · {accessory.name}", str(accessory.id))
        index = combo.findData(str(chosen)) if chosen is not None else -1
        combo.setCurrentIndex(max(index, 0) if combo.count() else -1)
