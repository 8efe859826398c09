"""The printer dialog: name, model, build volume, nozzle, filament per slot, status and costs."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QComboBox, QHeaderView, QLabel, QWidget

from ...db.enums import PrinterStatus
from ...services.money_text import format_cents, parse_cents
from ...services.printers import FilamentOption, PrinterInput, SlotLoad, SpoolChoice
from ..forms.ui_printer_dialog import Ui_PrinterDialog
from .job_submit import SubmitDialog, index_of

STATUSES = list(PrinterStatus)
NO_FILAMENT = "Nothing loaded"
ANY_SPOOL = "Spool not known"


def swatch(colour: str, size: int = 14) -> QIcon:
    """A small square of a filament's colour."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class PrinterDialog(SubmitDialog):
    """Create (no detail) or edit a printer; :meth:`values` gives a :class:`PrinterInput`."""

    def __init__(
        self,
        filaments: Sequence[FilamentOption],
        spools: Sequence[SpoolChoice],
        detail: PrinterInput | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PrinterDialog()
        self.ui.setupUi(self)
        self._filaments = list(filaments)
        self._spools = list(spools)
        table = self.ui.slotTable
        table.setColumnCount(3)
        table.setHorizontalHeaderLabels(["Tool", "Filament", "Spool"])
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.ui.slotSpin.valueChanged.connect(self._set_slot_count)
        self.setWindowTitle("Edit printer" if detail else "New printer")
        self._fill(detail or PrinterInput(name="", build_mm=(250.0, 210.0, 220.0), power_w=120))
        self.connect_buttons("Save")
        self.ui.nameEdit.setFocus()

    # -- form -------------------------------------------------------------------------

    def _fill(self, data: PrinterInput) -> None:
        ui = self.ui
        ui.nameEdit.setText(data.name)
        ui.modelEdit.setText(data.model or "")
        x, y, z = data.build_mm or (0.0, 0.0, 0.0)
        ui.buildXSpin.setValue(x)
        ui.buildYSpin.setValue(y)
        ui.buildZSpin.setValue(z)
        ui.nozzleSpin.setValue(data.nozzle_mm)
        ui.statusCombo.setCurrentIndex(STATUSES.index(PrinterStatus(data.status)))
        ui.powerSpin.setValue(data.power_w)
        ui.costEdit.setText(format_cents(data.hourly_cost_cents))
        slots = max([s.tool + 1 for s in data.slots] or [1])
        ui.slotSpin.setValue(slots)
        self._set_slot_count(slots)
        for slot in data.slots:
            self._select_slot(slot)

    def _set_slot_count(self, count: int) -> None:
        table = self.ui.slotTable
        old = table.rowCount()
        table.setRowCount(count)
        for row in range(old, count):
            table.setCellWidget(row, 0, _tool_label(row))
            filament = QComboBox(table)
            filament.addItem(NO_FILAMENT, None)
            for option in self._filaments:
                filament.addItem(swatch(option.colour_hex), option.label, option.id)
            spool = QComboBox(table)
            filament.currentIndexChanged.connect(lambda _i, r=row: self._fill_spools(r))
            table.setCellWidget(row, 1, filament)
            table.setCellWidget(row, 2, spool)
            self._fill_spools(row)

    def _combo(self, row: int, column: int) -> QComboBox:
        widget = self.ui.slotTable.cellWidget(row, column)
        assert isinstance(widget, QComboBox)
        return widget

    def _fill_spools(self, row: int) -> None:
        filament_id = self._combo(row, 1).currentData()
        spool = self._combo(row, 2)
        spool.clear()
        spool.addItem(ANY_SPOOL, None)
        for choice in self._spools:
            if choice.filament_id == filament_id:
                spool.addItem(choice.label, choice.id)
        spool.setEnabled(filament_id is not None)

    def _select_slot(self, slot: SlotLoad) -> None:
        if slot.tool >= self.ui.slotTable.rowCount():
            return
        filament = self._combo(slot.tool, 1)
        filament.setCurrentIndex(max(0, index_of(filament, slot.filament_id)))
        spool = self._combo(slot.tool, 2)
        spool.setCurrentIndex(max(0, index_of(spool, slot.spool_id)))

    def set_slot(
        self, tool: int, filament_id: uuid.UUID | None, spool_id: uuid.UUID | None
    ) -> None:
        """Choose a slot's filament and spool (tests, keyboard-free use)."""
        if tool >= self.ui.slotTable.rowCount():
            self.ui.slotSpin.setValue(tool + 1)
        self._select_slot(SlotLoad(tool, filament_id, spool_id))

    def values(self) -> PrinterInput:
        """The form as a :class:`PrinterInput` (money parsed, empty slots left out)."""
        ui = self.ui
        build = (ui.buildXSpin.value(), ui.buildYSpin.value(), ui.buildZSpin.value())
        slots = tuple(
            SlotLoad(row, self._combo(row, 1).currentData(), self._combo(row, 2).currentData())
            for row in range(ui.slotTable.rowCount())
            if self._combo(row, 1).currentData() is not None
        )
        return PrinterInput(
            name=ui.nameEdit.text(),
            model=ui.modelEdit.text().strip() or None,
            build_mm=None if min(build) <= 0 else build,
            nozzle_mm=round(ui.nozzleSpin.value(), 2),
            slots=slots,
            status=STATUSES[ui.statusCombo.currentIndex()],
            power_w=ui.powerSpin.value(),
            hourly_cost_cents=parse_cents(ui.costEdit.text(), "hourly_cost"),
        )


def _tool_label(tool: int) -> QLabel:
    return QLabel(f"  T{tool}  ")
