"""The history of one item (double-click a filament, spool or product): every movement with
its reason, who, when (local time), linked job or event, and the balance after it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget
from sqlalchemy.orm import Session

from ...services import ledger_view
from ...services.ledger_view import LedgerLine
from ...services.stock_locations import list_locations, location_names
from ..context import ShopContext
from ..forms.ui_stock_ledger_dialog import Ui_StockLedgerDialog
from ..local_time import format_local
from ..runner import Task
from ..tabs.inventory.ledger_model import LedgerTableModel


class ItemKind(StrEnum):
    """What kind of item a ledger is about."""

    PRODUCT = "product"
    FILAMENT = "filament"
    SPOOL = "spool"


@dataclass(frozen=True)
class LedgerItem:
    """The item whose history is shown."""

    kind: ItemKind
    id: uuid.UUID
    title: str

    @property
    def unit(self) -> str:
        """Grams for filament and spools, units for products."""
        return "units" if self.kind is ItemKind.PRODUCT else "g"


@dataclass(frozen=True)
class LedgerData:
    """The movements and how locations read."""

    lines: list[LedgerLine]
    places: dict[str, str]


def load_ledger(session: Session, item: LedgerItem) -> LedgerData:
    """Worker: the item's movements, oldest first, with running balance."""
    lines = ledger_view.item_ledger(session, **{f"{item.kind.value}_id": item.id})
    names = location_names(list_locations(session, include_closed=True))
    return LedgerData(lines, names)


class StockLedgerDialog(QDialog):
    """A window (not modal) with one item's ledger, newest movement first."""

    def __init__(
        self, context: ShopContext, item: LedgerItem, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_StockLedgerDialog()
        self.ui.setupUi(self)
        self.context = context
        self.item = item
        self.model = LedgerTableModel(self)
        self.model.set_unit(item.unit)
        self.ui.ledgerTable.set_model(
            self.model,
            sort_column=LedgerTableModel.WHEN,
            order=Qt.SortOrder.DescendingOrder,
            empty_text="No movements yet: nothing has been bought, made, used or counted.",
        )
        self.ui.ledgerTable.set_message("Loading…")
        self.ui.titleLabel.setText(item.title)
        self.setWindowTitle(f"History — {item.title}")
        self.ui.buttonBox.rejected.connect(self.close)
        self._task: Task | None = None
        self.finished.connect(self._drop_pending)
        self.reload()

    def reload(self) -> None:
        """Read the ledger again (after a stock change)."""
        item = self.item
        self._task = self.context.query(
            lambda session: load_ledger(session, item), self._show, self._failed
        )

    def _show(self, data: LedgerData) -> None:
        self.model.set_location_names(data.places)
        self.model.set_rows(data.lines)
        self.ui.ledgerTable.set_message(None)
        self.ui.summaryLabel.setText(self.summary(data.lines))

    def summary(self, lines: list[LedgerLine]) -> str:
        """``On hand now: 640 g · 12 movements since 3 Feb 2026, 10:15``."""
        if not lines:
            return "On hand now: 0"
        unit = " g" if self.item.unit == "g" else ""
        noun = "movement" if len(lines) == 1 else "movements"
        return (
            f"On hand now: <b>{lines[-1].balance:,}{unit}</b> · {len(lines)} {noun} "
            f"since {format_local(lines[0].occurred_at)}"
        )

    def _failed(self, error: Exception) -> None:
        self.ui.ledgerTable.set_message(f"Could not load the history.\n{error}")

    def _drop_pending(self) -> None:
        if self._task is not None:
            self._task.cancel()
