"""The one shape every table model has: rows of a frozen dataclass, column constants, headers.

A subclass sets :attr:`RowTableModel.headers` (one per column constant), says which columns
hold free text (:attr:`text_columns`, searched by the filter box) and which hold numbers
(:attr:`number_columns`, right-aligned), and implements :meth:`display` and :meth:`sort_value`.
Sorting uses the native values of :attr:`Role.SORT` (ints, dates, casefolded text), never the
display string. Models receive plain row objects only, never ORM objects.

The model sorts its own rows (:meth:`RowTableModel.sort`, asked by the proxy): one Python
``sorted`` over precomputed keys takes milliseconds for 10,000 rows, where letting
``QSortFilterProxyModel`` compare pairs costs one call into Python per comparison (about a
second for the same rows).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from enum import IntEnum
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

RowT = TypeVar("RowT")
Index = QModelIndex | QPersistentModelIndex


class Role(IntEnum):
    """Custom item data roles shared by every table model."""

    SORT = Qt.ItemDataRole.UserRole + 1
    """A native, comparable value for sorting (None sorts last)."""
    OBJECT = Qt.ItemDataRole.UserRole + 2
    """The row object itself."""
    FILTER = Qt.ItemDataRole.UserRole + 3
    """The text the filter box searches (None for columns that are not text)."""


class RowTableModel(QAbstractTableModel, Generic[RowT]):
    """A read-only table of row objects; subclasses describe the columns."""

    headers: ClassVar[tuple[str, ...]] = ()
    text_columns: ClassVar[frozenset[int]] = frozenset()
    number_columns: ClassVar[frozenset[int]] = frozenset()
    #: The column that takes the table's spare width (None: spare width stays at the right).
    stretch_column: ClassVar[int | None] = None
    #: What one row is called, singular and plural, for the status bar ("3 of 40 models").
    noun: ClassVar[tuple[str, str]] = ("row", "rows")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RowT] = []
        self._search: list[str] | None = None
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder

    # -- rows --------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[RowT]) -> None:
        """Replace every row (kept in the current sort order)."""
        self.beginResetModel()
        self._rows = list(rows)
        if 0 <= self._sort_column < len(self.headers):
            self._rows = [self._rows[i] for i in self._sorted_positions()]
        self._search = None
        self.endResetModel()

    def rows(self) -> tuple[RowT, ...]:
        """The rows in source order."""
        return tuple(self._rows)

    def row_at(self, row: int) -> RowT:
        """The row object at ``row``."""
        return self._rows[row]

    def replace_row(self, new: RowT, key: Callable[[RowT], Hashable]) -> bool:
        """Swap in a changed row (matched by ``key``) and signal only its cells."""
        wanted = key(new)
        for number, old in enumerate(self._rows):
            if key(old) == wanted:
                self._rows[number] = new
                self._search = None
                last = self.index(number, self.columnCount() - 1)
                self.dataChanged.emit(self.index(number, 0), last)
                return True
        return False

    def search_text(self, row: int) -> str:
        """The casefolded text of a row's text columns, which the filter box searches."""
        if self._search is None:
            self._search = [
                "\x1f".join(self.display(r, c) for c in sorted(self.text_columns)).casefold()
                for r in self._rows
            ]
        return self._search[row]

    # -- sorting -----------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the rows by ``column``'s sort values (-1: keep the order they came in)."""
        self._sort_column, self._sort_order = column, order
        if not 0 <= column < len(self.headers) or not self._rows:
            return
        self.layoutAboutToBeChanged.emit()
        positions = self._sorted_positions()
        new_row = {old: new for new, old in enumerate(positions)}
        self._rows = [self._rows[i] for i in positions]
        self._search = None
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(
            persistent, [self.index(new_row[i.row()], i.column()) for i in persistent]
        )
        self.layoutChanged.emit()

    def _sorted_positions(self) -> list[int]:
        """Row numbers in sort order; rows without a value come last either way."""
        keys = [self.sort_value(row, self._sort_column) for row in self._rows]
        present = [i for i, k in enumerate(keys) if k is not None]
        missing = [i for i, k in enumerate(keys) if k is None]
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        try:
            present.sort(key=keys.__getitem__, reverse=descending)
        except TypeError:  # values of mixed types: compare their text
            present.sort(key=lambda i: str(keys[i]), reverse=descending)
        return present + missing

    # -- per-column behaviour (subclasses) ---------------------------------------------

    def display(self, row: RowT, column: int) -> str:
        """The text shown in a cell."""
        raise NotImplementedError

    def sort_value(self, row: RowT, column: int) -> Any:
        """A native value to sort by; text columns default to their casefolded display."""
        return self.display(row, column).casefold()

    def decoration(self, row: RowT, column: int) -> Any:
        """An icon or colour shown before the text, or None."""
        return None

    def foreground(self, row: RowT, column: int) -> Any:
        """A text colour, or None for the default."""
        return None

    def background(self, row: RowT, column: int) -> Any:
        """A cell background, or None for the default."""
        return None

    def tooltip(self, row: RowT, column: int) -> str | None:
        """A tooltip for a cell, or None."""
        return None

    def font(self, row: RowT, column: int) -> Any:
        """A font (e.g. bold), or None for the default."""
        return None

    # -- Qt model interface ------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Rows at the top level; a table has no children."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """One column per header."""
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles; rows have no header."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(section)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell data for each role; see :class:`Role` for the custom ones."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == Role.SORT:
            return self.sort_value(row, column)
        if role == Role.FILTER:
            return self.display(row, column) if column in self.text_columns else None
        if role == Role.OBJECT:
            return row
        return self._styling(row, column, role)

    def _styling(self, row: RowT, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(column)
        if role == Qt.ItemDataRole.DecorationRole:
            return self.decoration(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.foreground(row, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self.background(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self.tooltip(row, column)
            if tip is None and column in self.text_columns:
                return self.display(row, column)  # the whole text of a cut-off cell
            return tip
        if role == Qt.ItemDataRole.FontRole:
            return self.font(row, column)
        return None

    def _alignment(self, column: int) -> Qt.AlignmentFlag:
        side = (
            Qt.AlignmentFlag.AlignRight
            if column in self.number_columns
            else Qt.AlignmentFlag.AlignLeft
        )
        return side | Qt.AlignmentFlag.AlignVCenter

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Cells can be selected, not edited."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flag = Qt.ItemFlag
        return flag.ItemIsEnabled | flag.ItemIsSelectable | flag.ItemNeverHasChildren
