"""Selecting rows of a :class:`FilteredTable` by their row objects' ids."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QItemSelectionModel

from ...table_model import Role
from ...widgets.filtered_table import FilteredTable


def selected_rows(table: FilteredTable) -> list[Any]:
    """Row objects of the selected rows, top to bottom (the current row if none is selected)."""
    indexes = sorted(table.view.selectionModel().selectedRows(), key=lambda i: i.row())
    rows = [index.data(Role.OBJECT) for index in indexes]
    if not rows and table.current_row() is not None:
        rows = [table.current_row()]
    return rows


def select_id(table: FilteredTable, row_id: uuid.UUID | None) -> bool:
    """Make the row whose object has ``id == row_id`` current and selected (and visible)."""
    if row_id is None:
        return False
    proxy = table.proxy
    for number in range(proxy.rowCount()):
        index = proxy.index(number, 0)
        if getattr(index.data(Role.OBJECT), "id", None) == row_id:
            flags = (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
            table.view.selectionModel().setCurrentIndex(index, flags)
            table.view.scrollTo(index)
            return True
    return False


def current_id(table: FilteredTable) -> uuid.UUID | None:
    """The id of the row under the cursor."""
    return getattr(table.current_row(), "id", None)
