"""Filament stock dialogs: Buy sealed spools…, Open a spool… and Count sealed stock….

Sealed spools are grams of the filament with no spool record; opening one creates the spool
and moves its grams out of the sealed stock (or records a new purchase when none was sealed).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from ...db.inventory import DEFAULT_LOCATION
from ...services import inventory, inventory_edit, settings_store, stock_ops
from ...services.money_text import format_cents, parse_cents, round_half_up
from ..context import ShopContext
from .stock_dialog import StockDialog, StockState, amount, load_places


@dataclass(frozen=True)
class FilamentFacts:
    """What the filament dialogs suggest: the usual spool size, last tare, price per kg."""

    spool_g: int
    tare_g: int
    price_per_kg_cents: int


def read_facts(session: Session, filament_id: uuid.UUID) -> FilamentFacts:
    """Worker: the shop's spool size, this filament's last tare and its price per kg."""
    spools = inventory_edit.list_spools(session, filament_id, include_archived=True)
    detail = inventory_edit.get_filament(session, filament_id)
    return FilamentFacts(
        settings_store.get(session, settings_store.PURCHASE_SPOOL),
        spools[0].tare_g if spools else 0,
        detail.data.price_per_kg_cents,
    )


class SealedStockDialog(StockDialog):
    """A stock dialog about one filament's sealed grams per place."""

    def __init__(
        self,
        context: ShopContext,
        filament_id: uuid.UUID,
        item_title: str,
        parent: QWidget | None = None,
    ) -> None:
        self.filament_id = filament_id
        super().__init__(context, item_title, parent)

    def read_state(self, session: Session) -> StockState:
        """Worker: sealed grams at each place, and the filament's facts."""
        at = stock_ops.stock_by_location(session, filament_id=self.filament_id, unopened_only=True)
        facts = read_facts(session, self.filament_id)
        return StockState(load_places(session), at, "g", extra=facts)

    def stock_text(self, state: StockState) -> str:
        """Sealed stock only (opened spools are listed under the filament)."""
        return "Sealed: " + super().stock_text(state).removeprefix("Now: ")


class BuySealedDialog(SealedStockDialog):
    """Buy sealed spools…: adds grams of sealed stock (a purchase movement)."""

    title = "Buy sealed spools"
    ok_text = "&Record purchase"
    rows = {"locationCombo": "&Into:", "quantitySpin": "&Spools:", "grossSpin": "&Each holds:"}
    fields = {"grams": "quantitySpin", "location": "locationCombo"}

    def prepare(self, state: StockState) -> None:
        """One spool of the shop's usual size, into the workshop."""
        self.fill_locations(self.ui.locationCombo, state, DEFAULT_LOCATION)
        self.ui.quantitySpin.setValue(1)
        self.ui.grossSpin.setValue(state.extra.spool_g)

    def outcome(self, state: StockState) -> str:
        """The grams added."""
        grams = self.ui.quantitySpin.value() * self.ui.grossSpin.value()
        return f"Adds {amount(grams, 'g')} of sealed stock."

    def work(self) -> Callable[[Session], object]:
        """``inventory.buy_unopened``."""
        filament_id = self.filament_id
        grams = self.ui.quantitySpin.value() * self.ui.grossSpin.value()
        location = self.location_key(self.ui.locationCombo)
        return lambda session: inventory.buy_unopened(session, filament_id, grams, location)


class OpenSpoolDialog(SealedStockDialog):
    """Open a spool…: creates the spool record with its net weight, tare, price and lot."""

    title = "Open a spool"
    ok_text = "&Open spool"
    rows = {
        "locationCombo": "&At:",
        "quantitySpin": "&Net weight:",
        "tareSpin": "&Empty spool:",
        "priceEdit": "&Price paid:",
        "lotEdit": "&Lot:",
        "fromUnopenedCheck": "",
    }
    fields = {
        "net_g": "quantitySpin",
        "tare": "tareSpin",
        "price": "priceEdit",
        "lot": "lotEdit",
        "location": "locationCombo",
    }

    def prepare(self, state: StockState) -> None:
        """A spool of the usual size from the place with most sealed stock."""
        facts: FilamentFacts = state.extra
        self.ui.quantitySpin.setSuffix(" g")
        self.fill_locations(self.ui.locationCombo, state, self.fullest(state) or DEFAULT_LOCATION)
        self.ui.quantitySpin.setValue(facts.spool_g)
        self.ui.tareSpin.setValue(facts.tare_g)
        price = round_half_up(Fraction(facts.price_per_kg_cents * facts.spool_g, 1000))
        self.ui.priceEdit.setText(format_cents(price) if price else "")
        self.ui.fromUnopenedCheck.setChecked(state.total >= facts.spool_g)

    def outcome(self, state: StockState) -> str:
        """Where the grams come from."""
        net = self.ui.quantitySpin.value()
        place = self.location_key(self.ui.locationCombo)
        sealed = state.at.get(place, 0)
        if not self.ui.fromUnopenedCheck.isChecked():
            return f"Records a new purchase of {amount(net, 'g')} on this spool."
        if sealed < net:
            return (
                f"Only {amount(sealed, 'g')} sealed at {state.label(place)}: untick the box to "
                "record a new purchase instead."
            )
        return f"Takes {amount(net, 'g')} from the sealed stock at {state.label(place)}."

    def work(self) -> Callable[[Session], object]:
        """``inventory.open_spool``."""
        ui, filament_id = self.ui, self.filament_id
        net, tare, lot = ui.quantitySpin.value(), ui.tareSpin.value(), ui.lotEdit.text().strip()
        price_text = ui.priceEdit.text()
        sealed = ui.fromUnopenedCheck.isChecked()
        location = self.location_key(ui.locationCombo)

        def run(session: Session) -> uuid.UUID:
            price = parse_cents(price_text, "price") if price_text.strip() else None
            return inventory.open_spool(
                session,
                filament_id,
                net,
                tare_g=tare,
                from_unopened=sealed,
                price_cents=price,
                lot=lot or None,
                location=location,
            )

        return run


class CountSealedDialog(SealedStockDialog):
    """Count sealed stock…: the sealed grams found at a place; the difference is recorded."""

    title = "Count sealed spools"
    ok_text = "&Record count"
    rows = {"locationCombo": "&At:", "quantitySpin": "&Sealed grams:"}
    fields = {"counted_g": "quantitySpin", "location": "locationCombo"}

    def prepare(self, state: StockState) -> None:
        """At the busiest place, starting from the ledger's figure."""
        self.ui.quantitySpin.setSuffix(" g")
        self.ui.quantitySpin.setSingleStep(state.extra.spool_g)
        self.fill_locations(self.ui.locationCombo, state, self.fullest(state) or DEFAULT_LOCATION)
        self.ui.quantitySpin.setValue(state.at.get(self.location_key(self.ui.locationCombo), 0))

    def outcome(self, state: StockState) -> str:
        """The difference recorded."""
        before = state.at.get(self.location_key(self.ui.locationCombo), 0)
        delta = self.ui.quantitySpin.value() - before
        if delta == 0:
            return "Matches the ledger: nothing to record."
        return f"The ledger says {amount(before, 'g')}: records {amount(delta, 'g', signed=True)}."

    def work(self) -> Callable[[Session], object]:
        """``stock_ops.count_unopened``."""
        filament_id, op_id = self.filament_id, self.op_id
        counted = self.ui.quantitySpin.value()
        location = self.location_key(self.ui.locationCombo)
        return lambda session: stock_ops.count_unopened(
            session, filament_id, counted, location=location, op_id=op_id
        )
