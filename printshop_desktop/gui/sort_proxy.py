"""A proxy that sorts on native values and filters on the text columns, case-insensitively."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from .table_model import Role


class SortFilterProxy(QSortFilterProxyModel):
    """Sorts by :attr:`Role.SORT` (None last) and filters on :attr:`Role.FILTER` in any column."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(Role.SORT)
        self.setFilterRole(Role.FILTER)
        self.setFilterKeyColumn(-1)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_filter_text(self, text: str) -> None:
        """Show only rows whose text contains ``text`` (ignoring case and outer spaces)."""
        self.setFilterFixedString(text.strip())

    def lessThan(
        self,
        left: QModelIndex | QPersistentModelIndex,
        right: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        """Compare native sort values; empty values go after every real one."""
        a = self.sourceModel().data(left, Role.SORT)
        b = self.sourceModel().data(right, Role.SORT)
        return _less(a, b)


def _less(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is not None and b is None
    try:
        return bool(a < b)
    except TypeError:
        return str(a) < str(b)
