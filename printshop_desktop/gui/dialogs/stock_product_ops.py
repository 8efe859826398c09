"""Product stock dialogs: Count…, Transfer…, Waste… and Made…, each recording movements
through ``stock_ops`` (a count is stored as the difference, never as the new figure)."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from ...db.inventory import DEFAULT_LOCATION
from ...services import inventory_edit, stock_ops
from ..context import ShopContext
from .stock_dialog import StockDialog, StockState, amount, load_places


class ProductStockDialog(StockDialog):
    """A stock dialog about one product: its units per place."""

    def __init__(
        self,
        context: ShopContext,
        product_id: uuid.UUID,
        item_title: str,
        parent: QWidget | None = None,
    ) -> None:
        self.product_id = product_id
        super().__init__(context, item_title, parent)

    def read_state(self, session: Session) -> StockState:
        """Worker: units of the product at each place."""
        at = stock_ops.stock_by_location(session, product_id=self.product_id)
        return StockState(load_places(session), at, "units", extra=self.read_extra(session))

    def read_extra(self, session: Session) -> object:
        """Worker: anything else the operation shows."""
        return None


class CountDialog(ProductStockDialog):
    """Count… what is on the shelf at one place; the difference to the ledger is recorded."""

    title = "Count product"
    ok_text = "&Record count"
    rows = {"locationCombo": "&At:", "quantitySpin": "&Counted:"}
    fields = {"location": "locationCombo", "counted": "quantitySpin"}

    def prepare(self, state: StockState) -> None:
        """Start at the busiest place, with the ledger's figure to change."""
        self.fill_locations(self.ui.locationCombo, state, self.fullest(state) or DEFAULT_LOCATION)
        self.ui.quantitySpin.setValue(state.at.get(self.location_key(self.ui.locationCombo), 0))
        self.ui.quantitySpin.selectAll()

    def outcome(self, state: StockState) -> str:
        """``The ledger says 5 here: records −2 as a count adjustment.``"""
        before = state.at.get(self.location_key(self.ui.locationCombo), 0)
        delta = self.ui.quantitySpin.value() - before
        if delta == 0:
            return f"The ledger says {before} here too: nothing to record."
        return f"The ledger says {before} here: records {amount(delta, 'units', signed=True)}."

    def work(self) -> Callable[[Session], object]:
        """``stock_ops.count_product``."""
        product_id, op_id = self.product_id, self.op_id
        counted = self.ui.quantitySpin.value()
        location = self.location_key(self.ui.locationCombo)
        return lambda session: stock_ops.count_product(
            session, product_id, counted, location=location, op_id=op_id
        )


class TransferDialog(ProductStockDialog):
    """Transfer… units between places (workshop, storage, an event's crate)."""

    title = "Move product"
    ok_text = "&Move"
    rows = {"locationCombo": "&From:", "toLocationCombo": "&To:", "quantitySpin": "&How many:"}
    fields = {
        "from_location": "locationCombo",
        "to_location": "toLocationCombo",
        "quantity": "quantitySpin",
    }

    def prepare(self, state: StockState) -> None:
        """From the busiest place to the first other one."""
        source = self.fullest(state) or DEFAULT_LOCATION
        self.fill_locations(self.ui.locationCombo, state, source)
        target = next((loc.key for loc in state.locations if loc.key != source), None)
        self.fill_locations(self.ui.toLocationCombo, state, target)
        self.ui.quantitySpin.setValue(1)

    def outcome(self, state: StockState) -> str:
        """Both places before and after; the total stays."""
        source = self.location_key(self.ui.locationCombo)
        target = self.location_key(self.ui.toLocationCombo)
        moved = self.ui.quantitySpin.value()
        if source == target:
            return ""
        a, b = state.at.get(source, 0), state.at.get(target, 0)
        if moved > a:
            return f"Only {a} at {state.label(source)}: choose fewer, or count first."
        return (
            f"{state.label(source)}: {a} → {a - moved} · {state.label(target)}: {b} → {b + moved}"
            f" · in all still {state.total}"
        )

    def work(self) -> Callable[[Session], object]:
        """``stock_ops.transfer_product``."""
        product_id, op_id = self.product_id, self.op_id
        moved = self.ui.quantitySpin.value()
        source = self.location_key(self.ui.locationCombo)
        target = self.location_key(self.ui.toLocationCombo)
        return lambda session: stock_ops.transfer_product(
            session, product_id, moved, source, target, op_id=op_id
        )


class WasteDialog(ProductStockDialog):
    """Waste… units broken, lost or given away: written off with a reason."""

    title = "Write off product"
    ok_text = "&Write off"
    rows = {"locationCombo": "&From:", "quantitySpin": "&How many:", "noteEdit": "&Why:"}
    fields = {"quantity": "quantitySpin", "location": "locationCombo", "note": "noteEdit"}

    def prepare(self, state: StockState) -> None:
        """From the busiest place, one unit."""
        self.fill_locations(self.ui.locationCombo, state, self.fullest(state) or DEFAULT_LOCATION)
        self.ui.quantitySpin.setValue(1)
        self.ui.noteEdit.setPlaceholderText("broken in transport, sample given away…")

    def outcome(self, state: StockState) -> str:
        """Units left at the place afterwards."""
        here = state.at.get(self.location_key(self.ui.locationCombo), 0)
        left = here - self.ui.quantitySpin.value()
        if left < 0:
            return f"Only {here} here: the ledger goes below 0."
        return f"Leaves {left} here."

    def work(self) -> Callable[[Session], object]:
        """``stock_ops.record_waste`` for the product."""
        product_id, op_id = self.product_id, self.op_id
        quantity = self.ui.quantitySpin.value()
        location = self.location_key(self.ui.locationCombo)
        note = self.ui.noteEdit.text()
        return lambda session: stock_ops.record_waste(
            session, quantity, product_id=product_id, location=location, note=note, op_id=op_id
        )


class MadeDialog(ProductStockDialog):
    """Made… units finished outside the print queue; their accessories are used up."""

    title = "Record units made"
    ok_text = "&Record"
    rows = {"locationCombo": "&Into:", "quantitySpin": "&Units made:"}
    fields = {"units": "quantitySpin", "location": "locationCombo"}

    def read_extra(self, session: Session) -> object:
        """Worker: the accessories one unit uses."""
        return inventory_edit.list_accessories(session, self.product_id)

    def prepare(self, state: StockState) -> None:
        """Into the workshop, one unit."""
        self.fill_locations(self.ui.locationCombo, state, DEFAULT_LOCATION)
        self.ui.quantitySpin.setValue(1)

    def outcome(self, state: StockState) -> str:
        """The accessories it uses up."""
        units = self.ui.quantitySpin.value()
        lines = state.extra or []
        if not lines:
            return "Uses no accessories."
        used = ", ".join(f"{line.quantity * units} × {line.sku}" for line in lines)
        return f"Also uses up {used}."

    def work(self) -> Callable[[Session], object]:
        """``stock_ops.make_product``."""
        product_id, op_id = self.product_id, self.op_id
        units = self.ui.quantitySpin.value()
        location = self.location_key(self.ui.locationCombo)
        return lambda session: stock_ops.make_product(
            session, product_id, units, location=location, op_id=op_id
        )
