"""A tab that is one filterable table filled by one service query."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, ClassVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from ..context import ShopContext
from ..forms.ui_table_tab import Ui_TableTab
from ..table_model import RowTableModel
from ..widgets.filtered_table import FilteredTable
from .base_tab import BaseTab


class TableTab(BaseTab):
    """Subclasses name the model class, the query, the first sort and the empty-state text."""

    model_class: ClassVar[type[RowTableModel[Any]]]
    query: ClassVar[Callable[[Session], Sequence[Any]]]
    sort_column: ClassVar[int] = 0
    sort_order: ClassVar[Qt.SortOrder] = Qt.SortOrder.AscendingOrder
    empty_text: ClassVar[str] = ""

    def __init__(self, context: ShopContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_TableTab()
        self.ui.setupUi(self)
        self.model = self.model_class(self)
        self.ui.table.set_model(
            self.model,
            sort_column=self.sort_column,
            order=self.sort_order,
            empty_text=self.empty_text,
        )
        self._connect_counts()

    def tables(self) -> list[FilteredTable]:
        """The one table."""
        return [self.ui.table]

    def load(self) -> None:
        """Run the query and show its rows."""
        self.fetch(type(self).query, self.model.set_rows)

    def clear(self) -> None:
        """Forget the rows of a closed database."""
        self.model.set_rows([])
