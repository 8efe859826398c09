"""Spool dialogs: Weigh-in…, Move spool…, Write off… and Edit spool….

A weigh-in takes the gross weight on the scale, subtracts the empty spool (tare) and records
the difference to the ledger's remaining grams as a count adjustment.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from ...services import inventory_edit, stock_ops
from ...services.errors import NotFound
from ...services.inventory_edit import SpoolInput, SpoolRow
from ...services.money_text import format_cents, parse_cents
from ..context import ShopContext
from .stock_dialog import StockDialog, StockState, amount, load_places


def read_spool(session: Session, filament_id: uuid.UUID, spool_id: uuid.UUID) -> SpoolRow:
    """Worker: one spool with its remaining grams."""
    for row in inventory_edit.list_spools(session, filament_id, include_archived=True):
        if row.id == spool_id:
            return row
    raise NotFound("That spool no longer exists.")


class SpoolDialog(StockDialog):
    """A stock dialog about one opened spool."""

    def __init__(
        self,
        context: ShopContext,
        spool: SpoolRow,
        parent: QWidget | None = None,
    ) -> None:
        self.spool = spool
        title = f"{spool.filament} · spool" + (f" (lot {spool.lot})" if spool.lot else "")
        super().__init__(context, title, parent)

    def read_state(self, session: Session) -> StockState:
        """Worker: the spool as stored now."""
        spool = read_spool(session, self.spool.filament_id, self.spool.id)
        return StockState(
            load_places(session),
            {spool.location: spool.remaining_g},
            "g",
            remaining=spool.remaining_g,
            tare=spool.tare_g,
            extra=spool,
        )

    def stock_text(self, state: StockState) -> str:
        """``640 g left at Workshop (of 1,000 g).``"""
        spool: SpoolRow = state.extra
        return (
            f"{amount(spool.remaining_g, 'g')} left at {state.label(spool.location)} "
            f"(of {amount(spool.initial_net_g, 'g')}); empty spool {amount(spool.tare_g, 'g')}."
        )


class WeighInDialog(SpoolDialog):
    """Weigh-in…: the scale's gross weight becomes a count adjustment of the spool."""

    title = "Weigh spool"
    ok_text = "&Record weight"
    rows = {"grossSpin": "&Scale reading:", "tareSpin": "&Empty spool:"}
    fields = {"gross_g": "grossSpin", "tare_g": "tareSpin"}

    def prepare(self, state: StockState) -> None:
        """Start from what the ledger expects the scale to show."""
        tare, remaining = state.tare or 0, state.remaining or 0
        self.ui.tareSpin.setValue(tare)
        self.ui.grossSpin.setValue(max(remaining, 0) + tare)
        self.ui.grossSpin.selectAll()
        self.ui.grossSpin.setFocus()

    def outcome(self, state: StockState) -> str:
        """Scale − tare = left; the difference to the ledger is recorded."""
        gross, tare = self.ui.grossSpin.value(), self.ui.tareSpin.value()
        net, before = gross - tare, state.remaining or 0
        if net < 0:
            return "The scale shows less than the empty spool: check the tare."
        delta = net - before
        change = (
            "nothing to record"
            if delta == 0
            else f"records {amount(delta, 'g', signed=True)} as a count adjustment"
        )
        return (
            f"{amount(gross, 'g')} − {amount(tare, 'g')} = {amount(net, 'g')} left; "
            f"the ledger says {amount(before, 'g')}: {change}."
        )

    def work(self) -> Callable[[Session], object]:
        """``stock_ops.weigh_spool``."""
        spool_id, op_id = self.spool.id, self.op_id
        gross, tare = self.ui.grossSpin.value(), self.ui.tareSpin.value()
        return lambda session: stock_ops.weigh_spool(
            session, spool_id, gross, tare_g=tare, op_id=op_id
        )


class MoveSpoolDialog(SpoolDialog):
    """Move spool…: its remaining grams leave one place and arrive at another."""

    title = "Move spool"
    ok_text = "&Move"
    rows = {"toLocationCombo": "&To:"}
    fields = {"to_location": "toLocationCombo", "from_location": "toLocationCombo"}

    def prepare(self, state: StockState) -> None:
        """The first place that is not where the spool is."""
        here = state.extra.location
        target = next((loc.key for loc in state.locations if loc.key != here), None)
        self.fill_locations(self.ui.toLocationCombo, state, target)

    def work(self) -> Callable[[Session], object]:
        """``stock_ops.transfer_spool``."""
        spool_id, op_id = self.spool.id, self.op_id
        target = self.location_key(self.ui.toLocationCombo)
        return lambda session: stock_ops.transfer_spool(session, spool_id, target, op_id=op_id)


class SpoolWasteDialog(SpoolDialog):
    """Write off…: grams of a spool tangled, brittle or spilled, with a reason."""

    title = "Write off filament"
    ok_text = "&Write off"
    rows = {"quantitySpin": "&Grams:", "noteEdit": "&Why:"}
    fields = {"quantity": "quantitySpin", "note": "noteEdit"}

    def prepare(self, state: StockState) -> None:
        """Grams, with a hint of usual reasons."""
        self.ui.quantitySpin.setSuffix(" g")
        self.ui.quantitySpin.setValue(0)
        self.ui.noteEdit.setPlaceholderText("tangled, brittle, wet…")

    def outcome(self, state: StockState) -> str:
        """Grams left afterwards."""
        left = (state.remaining or 0) - self.ui.quantitySpin.value()
        return f"Leaves {amount(left, 'g')} on the spool."

    def work(self) -> Callable[[Session], object]:
        """``stock_ops.record_waste`` for the spool."""
        spool_id, op_id = self.spool.id, self.op_id
        grams, note = self.ui.quantitySpin.value(), self.ui.noteEdit.text()
        return lambda session: stock_ops.record_waste(
            session, grams, spool_id=spool_id, note=note, op_id=op_id
        )


class SpoolEditDialog(SpoolDialog):
    """Edit spool…: lot, tare and price (grams change only through the ledger)."""

    title = "Edit spool"
    ok_text = "&Save"
    rows = {"lotEdit": "&Lot:", "tareSpin": "&Empty spool:", "priceEdit": "&Price paid:"}
    fields = {"lot": "lotEdit", "tare_g": "tareSpin", "price": "priceEdit"}

    def prepare(self, state: StockState) -> None:
        """The stored values (and the version they had)."""
        spool: SpoolRow = state.extra
        self.spool = spool
        self.ui.lotEdit.setText(spool.lot or "")
        self.ui.tareSpin.setValue(spool.tare_g)
        self.ui.priceEdit.setText(format_cents(spool.price_cents) if spool.price_cents else "")

    def work(self) -> Callable[[Session], object]:
        """``inventory_edit.update_spool`` with the version shown."""
        spool = self.spool
        ui = self.ui
        lot, tare, price = ui.lotEdit.text(), ui.tareSpin.value(), ui.priceEdit.text()

        def run(session: Session) -> uuid.UUID:
            cents = parse_cents(price, "price") if price.strip() else None
            data = SpoolInput(location=spool.location, lot=lot, tare_g=tare, price_cents=cents)
            inventory_edit.update_spool(session, spool.id, data, expected_version=spool.version)
            return spool.id

        return run
