"""The Catalog's filters: category (with its sub-categories), tag, licence and status.

They sit beside the filter box of the models table and narrow the same proxy, so the table,
the grid and the status-bar count agree. The choices are filled from the loaded rows; a choice
that disappears after a reload falls back to "all".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from PySide6.QtCore import QObject, QSize, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QSizePolicy, QToolButton, QWidget

from ....services.catalog import ModelRow
from .licence_badge import LicenceState, licence_state

SELLABLE, NOT_SELLABLE = "\x00sellable", "\x00not-sellable"
INDENT = "    "
WIDEST, NARROWEST = 180, 80


class StatusFilter(StrEnum):
    """Which models the status filter keeps."""

    CURRENT = "current"
    ACTIVE = "active"
    DRAFT = "draft"
    RETIRED = "retired"
    NO_VARIANTS = "none"
    ARCHIVED = "archived"


STATUS_LABELS = {
    StatusFilter.CURRENT: "Any status",
    StatusFilter.ACTIVE: "With active variants",
    StatusFilter.DRAFT: "With draft variants",
    StatusFilter.RETIRED: "With retired variants",
    StatusFilter.NO_VARIANTS: "No variants yet",
    StatusFilter.ARCHIVED: "Archived models",
}


@dataclass(frozen=True)
class FilterChoice:
    """The filters chosen (None: no filter on that field)."""

    category: str | None = None
    tag: str | None = None
    licence: str | None = None
    status: StatusFilter = StatusFilter.CURRENT


def in_category(category: str | None, wanted: str) -> bool:
    """``Creatures/Dragons`` is in ``Creatures`` and in itself, not in ``Creature``."""
    return category is not None and (category == wanted or category.startswith(f"{wanted}/"))


def _status_matches(row: ModelRow, status: StatusFilter) -> bool:
    if status is StatusFilter.ARCHIVED:
        return row.archived
    if row.archived:
        return False
    if status is StatusFilter.CURRENT:
        return True
    if status is StatusFilter.NO_VARIANTS:
        return row.variants == 0
    return status.value in getattr(row, "statuses", ())


def _licence_matches(row: ModelRow, licence: str, today: date | None) -> bool:
    sellable = licence_state(row, today) is LicenceState.SELLABLE
    if licence == SELLABLE:
        return sellable
    if licence == NOT_SELLABLE:
        return not sellable
    return row.licence == licence


def matches(row: ModelRow, choice: FilterChoice, today: date | None = None) -> bool:
    """True when ``row`` passes every filter of ``choice``."""
    if choice.category is not None and not in_category(row.category, choice.category):
        return False
    if choice.tag is not None and choice.tag not in row.tags:
        return False
    if choice.licence is not None and not _licence_matches(row, choice.licence, today):
        return False
    return _status_matches(row, choice.status)


def category_tree(categories: Iterable[str]) -> list[tuple[str, str]]:
    """``(label, category)`` for each category and its parents, as an indented tree."""
    paths: set[str] = set()
    for category in categories:
        parts = [p.strip() for p in category.split("/") if p.strip()]
        paths.update("/".join(parts[: n + 1]) for n in range(len(parts)))
    ordered = sorted(paths, key=lambda p: [part.casefold() for part in p.split("/")])
    return [(INDENT * p.count("/") + p.rsplit("/", 1)[-1], p) for p in ordered]


class FilterCombo(QComboBox):
    """A combo box as wide as its longest choice (up to a limit) that may shrink further in a
    narrow window."""

    def sizeHint(self) -> QSize:
        """Its contents, at most :data:`WIDEST` wide."""
        hint = super().sizeHint()
        return QSize(min(hint.width(), WIDEST), hint.height())

    def minimumSizeHint(self) -> QSize:
        """Narrow enough for a small window."""
        return QSize(NARROWEST, super().minimumSizeHint().height())


class CatalogFilters(QObject):
    """Four combo boxes and a reset button; :attr:`changed` fires when the choice changes."""

    changed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        make = self._combo
        self.category = make(parent, "categoryFilter", "One category and its sub-categories")
        self.tag = make(parent, "tagFilter", "Models with this tag")
        self.licence = make(parent, "licenceFilter", "Models by licence, or whether they sell")
        self.status = make(parent, "statusFilter", "Models by the status of their variants")
        for status, label in STATUS_LABELS.items():
            self.status.addItem(label, status.value)
        self.reset_button = QToolButton(parent)
        self.reset_button.setObjectName("resetFilters")
        self.reset_button.setText("Clear")
        self.reset_button.setToolTip("Show every model again")
        self.reset_button.setAutoRaise(True)
        self.reset_button.clicked.connect(self.reset)
        self.current = FilterChoice()
        self.today = date.today()
        self.update_choices([])
        for combo in self.combos():
            combo.currentIndexChanged.connect(self._on_change)
        self._on_change()

    def combos(self) -> tuple[QComboBox, ...]:
        """Category, tag, licence and status boxes, in that order."""
        return (self.category, self.tag, self.licence, self.status)

    def add_to(self, layout: QHBoxLayout, position: int) -> None:
        """Put the boxes and the reset button into ``layout`` from ``position`` on."""
        for offset, widget in enumerate((*self.combos(), self.reset_button)):
            layout.insertWidget(position + offset, widget)

    def choice(self) -> FilterChoice:
        """The filters chosen now."""
        return FilterChoice(
            category=self.category.currentData(),
            tag=self.tag.currentData(),
            licence=self.licence.currentData(),
            status=StatusFilter(self.status.currentData() or StatusFilter.CURRENT),
        )

    def wants_archived(self) -> bool:
        """True when archived models are asked for (they are loaded only then)."""
        return self.choice().status is StatusFilter.ARCHIVED

    def update_choices(self, rows: Iterable[ModelRow]) -> None:
        """Fill the boxes from the loaded rows, keeping what was chosen where it still exists."""
        rows = list(rows)
        categories = category_tree({r.category for r in rows if r.category})
        tags = Counter(tag for r in rows for tag in r.tags)
        licences = sorted({r.licence for r in rows}, key=str.casefold)
        self._refill(self.category, "All categories", categories)
        self._refill(self.tag, "All tags", [(f"{t} ({n})", t) for t, n in sorted(tags.items())])
        licence_items = [("Sellable", SELLABLE), ("Not for sale", NOT_SELLABLE), ("", None)]
        self._refill(self.licence, "All licences", licence_items + [(x, x) for x in licences])

    def set_choice(self, choice: FilterChoice) -> None:
        """Choose ``choice`` in the boxes (values missing from a box leave it at "all")."""
        values = (choice.category, choice.tag, choice.licence, choice.status.value)
        for combo, value in zip(self.combos(), values, strict=True):
            combo.setCurrentIndex(max(combo.findData(value), 0))

    def reset(self) -> None:
        """Back to every current model."""
        self.set_choice(FilterChoice())

    # -- internals ---------------------------------------------------------------------

    @staticmethod
    def _combo(parent: QWidget, name: str, tip: str) -> QComboBox:
        combo = FilterCombo(parent)
        combo.setObjectName(name)
        combo.setToolTip(tip)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        combo.setMaxVisibleItems(20)
        return combo

    def _refill(
        self, combo: QComboBox, everything: str, items: Sequence[tuple[str, str | None]]
    ) -> None:
        kept = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for label, value in items:
            if value is None:
                combo.insertSeparator(combo.count())
            else:
                combo.addItem(label, value)
        combo.setCurrentIndex(max(combo.findData(kept), 0) if kept is not None else 0)
        combo.blockSignals(False)
        combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
        if combo.currentData() != kept:
            self._on_change()

    def accepts(self, row: ModelRow) -> bool:
        """True when ``row`` passes the filters chosen (cheap: called for every row)."""
        if self.current == FilterChoice():
            return not row.archived
        return matches(row, self.current, self.today)

    def _on_change(self, *_: object) -> None:
        self.current, self.today = self.choice(), date.today()
        self.reset_button.setEnabled(self.current != FilterChoice())
        self.changed.emit()
