"""The base of every stock dialog (count, transfer, waste, made, buy, open, weigh-in…): one
form whose rows each operation picks and names, stock per location loaded in a worker, a live
line saying what will be recorded, and the movement written by a ``stock_ops`` service.

Nothing here overwrites a quantity: each operation records movements. Every dialog keeps one
operation id, so pressing OK again after a lost connection cannot record the change twice.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

from PySide6.QtWidgets import QComboBox, QLabel, QWidget
from sqlalchemy.orm import Session

from ...services.stock_locations import Location, list_locations
from ..context import ShopContext
from ..forms.ui_stock_dialog import Ui_StockDialog
from ..tabs.inventory.service_dialog import ServiceDialog

#: Every optional row of the form, by its field widget's name in ``Ui_StockDialog``.
ROW_WIDGETS = (
    "locationCombo",
    "toLocationCombo",
    "quantitySpin",
    "grossSpin",
    "tareSpin",
    "priceEdit",
    "lotEdit",
    "fromUnopenedCheck",
    "noteEdit",
)


@dataclass(frozen=True)
class StockState:
    """What a stock dialog knows before the user types: places and quantities per place."""

    locations: tuple[Location, ...]
    at: Mapping[str, int] = field(default_factory=dict)
    unit: str = "units"
    remaining: int | None = None
    tare: int | None = None
    extra: Any = None

    def label(self, key: str) -> str:
        """A location's name for people."""
        return next((loc.label for loc in self.locations if loc.key == key), key)

    @property
    def total(self) -> int:
        """All of the item, wherever it is."""
        return sum(self.at.values())


def amount(value: int, unit: str, *, signed: bool = False) -> str:
    """``1305, "g"`` → ``1,305 g``; ``-2, "units"`` → ``−2``."""
    text = f"{abs(value):,}" + (" g" if unit == "g" else "")
    if signed:
        return ("+" if value > 0 else "−" if value < 0 else "±") + text
    return ("−" if value < 0 else "") + text


def places(state: StockState) -> tuple[Location, ...]:
    """Offered places (crates of closed events only while they hold something)."""
    return tuple(loc for loc in state.locations if not loc.closed or state.at.get(loc.key))


def load_places(session: Session) -> tuple[Location, ...]:
    """Worker: every place stock can be (closed crates included, to name old movements)."""
    return tuple(list_locations(session, include_closed=True))


class StockDialog(ServiceDialog):
    """Subclasses name the rows they use, read the state, describe and record the change."""

    title: ClassVar[str] = "Stock"
    ok_text: ClassVar[str] = "&Record"
    #: Rows shown, by field widget name, with their label text.
    rows: ClassVar[dict[str, str]] = {}
    #: Service field names (of ValidationFailed) → field widget names.
    fields: ClassVar[dict[str, str]] = {}

    def __init__(self, context: ShopContext, item_title: str, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.ui = Ui_StockDialog()
        self.ui.setupUi(self)
        self.op_id = uuid.uuid4()
        self.state: StockState | None = None
        ui = self.ui
        self.install(
            ui.buttonBox,
            ui.form,
            {name: getattr(ui, widget) for name, widget in self.fields.items()},
            ui.generalError,
            ok_text=self.ok_text,
        )
        self.setWindowTitle(self.title)
        ui.itemLabel.setText(item_title)
        ui.stockLabel.setText("Loading…")
        for name in ROW_WIDGETS:
            widget = getattr(ui, name)
            self.set_row_shown(widget, name in self.rows)
            label = ui.form.labelForField(widget)
            if name in self.rows and isinstance(label, QLabel):
                label.setText(self.rows[name])
        for signal in (
            ui.quantitySpin.valueChanged,
            ui.grossSpin.valueChanged,
            ui.tareSpin.valueChanged,
            ui.locationCombo.currentTextChanged,
            ui.toLocationCombo.currentTextChanged,
            ui.fromUnopenedCheck.toggled,
        ):
            signal.connect(self.update_outcome)
        self.ok_button_enabled(False)
        self.reload()

    # -- for subclasses ----------------------------------------------------------------

    def read_state(self, session: Session) -> StockState:
        """Worker: the item's stock and the places it can be."""
        raise NotImplementedError

    def prepare(self, state: StockState) -> None:
        """Set the fields' first values once the state has arrived."""

    def outcome(self, state: StockState) -> str:
        """What pressing OK will record, in words."""
        return ""

    def work(self) -> Callable[[Session], object]:
        """The service call, with the form's values bound in."""
        raise NotImplementedError

    # -- helpers -----------------------------------------------------------------------

    def fill_locations(self, combo: QComboBox, state: StockState, default: str | None) -> None:
        """Offer every place; choose ``default`` (a key)."""
        combo.blockSignals(True)
        combo.clear()
        for location in places(state):
            held = state.at.get(location.key)
            suffix = f"  ({amount(held, state.unit)})" if held else ""
            combo.addItem(location.label + suffix, location.key)
        index = combo.findData(default) if default else -1
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def location_key(self, combo: QComboBox) -> str:
        """The key of the chosen place; a typed new place is its own key."""
        text = combo.currentText().strip()
        index = combo.findText(text)
        if index >= 0 and combo.itemData(index):
            return str(combo.itemData(index))
        return text

    def fullest(self, state: StockState) -> str | None:
        """The place holding most of the item (None when it is nowhere)."""
        held = [(quantity, key) for key, quantity in state.at.items() if quantity > 0]
        return max(held)[1] if held else None

    def ok_button_enabled(self, enabled: bool) -> None:
        """Allow OK (only once the state is known)."""
        ok = self.ok_button()
        if ok is not None:
            ok.setEnabled(enabled)

    # -- flow --------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the state again."""
        self.load(self.read_state, self._on_state)

    def _on_state(self, state: StockState) -> None:
        self.state = state
        self.ui.stockLabel.setText(self.stock_text(state))
        self.prepare(state)
        self.ok_button_enabled(True)
        self.update_outcome()
        self.fit()

    def stock_text(self, state: StockState) -> str:
        """``Now: 5 at Workshop · 2 at Storage (7 in all)``."""
        held = [(key, n) for key, n in state.at.items() if n]
        if not held:
            return "None in stock now."
        parts = " · ".join(f"{amount(n, state.unit)} at {state.label(k)}" for k, n in held)
        total = f" ({amount(state.total, state.unit)} in all)" if len(held) > 1 else ""
        return f"Now: {parts}{total}"

    def update_outcome(self, *_: object) -> None:
        """Say what will be recorded."""
        if self.state is not None:
            text = self.outcome(self.state)
            self.ui.outcomeLabel.setText(text)
            self.ui.outcomeLabel.setVisible(bool(text))

    def save(self) -> None:
        """Record the operation."""
        if self.state is None:
            return
        self.submit(self.work())
