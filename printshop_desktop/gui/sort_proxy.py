"""The proxy between a table model and its view: filters on the text columns, case-insensitively.

Sorting is passed on to the :class:`RowTableModel`, which orders its rows by the native values
of :attr:`Role.SORT` in one Python sort (see :mod:`.table_model` for why); the proxy keeps the
source order and only hides the rows the filter box rules out.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from .table_model import Role, RowTableModel


class SortFilterProxy(QSortFilterProxyModel):
    """Filters rows on :attr:`Role.FILTER` text in any column; sorts through the source model."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(Role.SORT)
        self.setFilterRole(Role.FILTER)
        self.setFilterKeyColumn(-1)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._needle = ""
        self._row_filter: Callable[[int], bool] | None = None

    @property
    def filter_text(self) -> str:
        """What the rows are filtered by (casefolded), or ''."""
        return self._needle

    def set_filter_text(self, text: str) -> None:
        """Show only rows whose text contains ``text`` (ignoring case and outer spaces)."""
        needle = text.strip().casefold()
        if needle == self._needle:
            return
        if not isinstance(self.sourceModel(), RowTableModel):
            self._needle = needle
            self.setFilterFixedString(needle)
        elif hasattr(self, "beginFilterChange"):  # Qt 6.9+
            self.beginFilterChange()
            self._needle = needle
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._needle = needle
            self.invalidateRowsFilter()

    def set_row_filter(self, accepts: Callable[[int], bool] | None) -> None:
        """An extra test (source row number → keep it?) on top of the filter text, e.g. the
        Catalog's category and licence filters; call again (or :meth:`refilter`) when it
        changes its mind."""
        self._row_filter = accepts
        self.refilter()

    def refilter(self) -> None:
        """Apply the filters again (after the row filter's choices changed)."""
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+
            self.beginFilterChange()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateRowsFilter()

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        """A row stays when it passes the row filter and a text column contains the text."""
        if self._row_filter is not None and not self._row_filter(source_row):
            return False
        source = self.sourceModel()
        if not isinstance(source, RowTableModel):
            return super().filterAcceptsRow(source_row, source_parent)
        return not self._needle or self._needle in source.search_text(source_row)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Ask the source model to sort itself; this proxy keeps its order."""
        source = self.sourceModel()
        if isinstance(source, RowTableModel):
            source.sort(column, order)
        else:
            super().sort(column, order)
