"""Adding products to an event's par list: tick by theme tags or by hand, plan N of each."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem, QWidget

from ...services.errors import ValidationFailed
from ...services.event_edit import ProductOption
from ..forms.ui_event_products_dialog import Ui_EventProductsDialog
from .job_submit import SubmitDialog


@dataclass(frozen=True)
class ProductPick:
    """What the dialog submits."""

    product_ids: tuple[uuid.UUID, ...]
    planned: int


class EventProductsDialog(SubmitDialog):
    """A ticked list of products; "Tick matching" ticks those with any of the theme tags."""

    def __init__(
        self,
        options: Sequence[ProductOption],
        theme_tags: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_EventProductsDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self._options = list(options)
        for option in options:
            suffix = "  — on the list" if option.on_list else ""
            if not option.sellable:
                suffix += "  — licence: not for sale"
            tags = f"  [{', '.join(option.tags)}]" if option.tags else ""
            item = QListWidgetItem(option.label + tags + suffix)
            flags = Qt.ItemFlag.ItemIsUserCheckable
            if not option.on_list:
                flags |= Qt.ItemFlag.ItemIsEnabled
            item.setFlags(flags)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, option.id)
            ui.productList.addItem(item)
        ui.tagsEdit.setText(", ".join(theme_tags))
        ui.tickTagsButton.clicked.connect(self.tick_tags)
        ui.filterEdit.textChanged.connect(self._filter)
        ui.productList.itemChanged.connect(self._count)
        self.connect_buttons("Add to the list")
        if theme_tags:
            self.tick_tags()
        self._count()

    def tick_tags(self) -> int:
        """Tick every product whose model has one of the tags typed; returns how many."""
        wanted = {t.strip().casefold() for t in self.ui.tagsEdit.text().split(",") if t.strip()}
        ticked = 0
        for row, option in enumerate(self._options):
            item = self.ui.productList.item(row)
            if option.on_list or not option.sellable:
                continue
            if wanted & {t.casefold() for t in option.tags}:
                item.setCheckState(Qt.CheckState.Checked)
                ticked += 1
        return ticked

    def tick(self, product_id: uuid.UUID) -> None:
        """Tick one product (tests, keyboard use)."""
        for row, option in enumerate(self._options):
            if option.id == product_id:
                self.ui.productList.item(row).setCheckState(Qt.CheckState.Checked)

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.ui.productList.count()):
            item = self.ui.productList.item(row)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def _checked(self) -> list[uuid.UUID]:
        items = (self.ui.productList.item(r) for r in range(self.ui.productList.count()))
        return [
            item.data(Qt.ItemDataRole.UserRole)
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        ]

    def _count(self, *_: object) -> None:
        n = len(self._checked())
        self.ui.countLabel.setText(f"{n} ticked")

    def values(self) -> ProductPick:
        """The ticked products and how many of each to plan."""
        ticked = self._checked()
        if not ticked:
            raise ValidationFailed("products", "Tick the products to take to the event.")
        return ProductPick(tuple(ticked), self.ui.plannedSpin.value())
