"""A filter box over a sortable table; a plain message takes the table's place when empty."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from ..forms.ui_filtered_table import Ui_FilteredTable
from ..sort_proxy import SortFilterProxy
from ..table_model import Role, RowTableModel

MAX_COLUMN_WIDTH = 360
COLUMN_PADDING = 12
FIT_SAMPLE_ROWS = 60
TABLE_PAGE, MESSAGE_PAGE = 0, 1


class FilteredTable(QWidget):
    """Table + filter box. Set a model with :meth:`set_model`; read rows through :attr:`proxy`.

    ``count_changed`` fires whenever the number of visible rows may have changed.
    """

    count_changed = Signal()
    current_changed = Signal(object)  # the row object under the cursor, or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FilteredTable()
        self.ui.setupUi(self)
        self.proxy = SortFilterProxy(self)
        self.ui.tableView.setModel(self.proxy)
        self._model: RowTableModel | None = None
        self._empty_text = ""
        self._message: str | None = None
        self._sized = False
        self.ui.filterEdit.textChanged.connect(self._on_filter_text)
        self.ui.filterEdit.installEventFilter(self)
        for signal in (self.proxy.modelReset, self.proxy.rowsInserted, self.proxy.rowsRemoved,
                       self.proxy.layoutChanged):
            signal.connect(self._refresh)
        self.ui.tableView.selectionModel().currentRowChanged.connect(self._on_current_row)
        header = self.ui.tableView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSortIndicatorClearable(False)
        header.setResizeContentsPrecision(FIT_SAMPLE_ROWS)  # fit on a sample, not 10,000 rows
        rows = self.ui.tableView.verticalHeader()
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        self._refresh()

    # -- setup -------------------------------------------------------------------------

    def set_model(
        self,
        model: RowTableModel,
        *,
        sort_column: int = 0,
        order: Qt.SortOrder = Qt.SortOrder.AscendingOrder,
        empty_text: str = "",
    ) -> None:
        """Show ``model`` sorted by ``sort_column`` (-1: in the model's own order).

        ``empty_text`` says what to do when the model has no rows.
        """
        self._model = model
        self._empty_text = empty_text
        self.proxy.setSourceModel(model)
        self.ui.tableView.sortByColumn(sort_column, order)
        if sort_column < 0:
            self.ui.tableView.horizontalHeader().setSortIndicator(-1, order)
        self._refresh()

    @property
    def model(self) -> RowTableModel | None:
        """The source model."""
        return self._model

    @property
    def view(self) -> QTableView:
        """The table view."""
        return self.ui.tableView

    @property
    def filter_edit(self) -> QWidget:
        """The filter box."""
        return self.ui.filterEdit

    # -- state -------------------------------------------------------------------------

    def set_message(self, text: str | None) -> None:
        """Show ``text`` instead of the table (connecting, errors); None shows the table."""
        self._message = text
        self._refresh()

    def focus_filter(self) -> None:
        """Put the cursor in the filter box, its text selected."""
        self.ui.filterEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.filterEdit.selectAll()

    def visible_rows(self) -> int:
        """Rows left after filtering."""
        return self.proxy.rowCount()

    def total_rows(self) -> int:
        """Rows in the model."""
        return self._model.rowCount() if self._model is not None else 0

    def count_text(self) -> str:
        """``33 models`` or ``5 of 33 models``."""
        if self._model is None or self._message is not None:
            return ""
        one, many = self._model.noun
        total, shown = self.total_rows(), self.visible_rows()
        noun = one if total == 1 else many
        return f"{total} {noun}" if shown == total else f"{shown} of {total} {noun}"

    def current_row(self) -> object | None:
        """The row object under the cursor, or None."""
        index = self.ui.tableView.currentIndex()
        return index.data(Role.OBJECT) if index.isValid() else None

    def select_first(self) -> None:
        """Make the first visible row current."""
        if self.proxy.rowCount():
            self.ui.tableView.selectionModel().setCurrentIndex(
                self.proxy.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    # -- internals ---------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Esc in a filter box with text clears it; Down moves into the table."""
        if watched is self.ui.filterEdit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Escape and self.ui.filterEdit.text():
                self.ui.filterEdit.clear()
                return True
            if event.key() == Qt.Key.Key_Down and self.proxy.rowCount():
                self.ui.tableView.setFocus(Qt.FocusReason.OtherFocusReason)
                if not self.ui.tableView.currentIndex().isValid():
                    self.select_first()
                return True
        return super().eventFilter(watched, event)

    def _on_filter_text(self, text: str) -> None:
        self.proxy.set_filter_text(text)
        self._refresh()

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.current_changed.emit(current.data(Role.OBJECT) if current.isValid() else None)

    def _refresh(self) -> None:
        text = self._page_text()
        self.ui.emptyLabel.setText(text or "")
        self.ui.stack.setCurrentIndex(TABLE_PAGE if text is None else MESSAGE_PAGE)
        self.ui.filterEdit.setEnabled(self._message is None and self.total_rows() > 0)
        if text is None and not self._sized:
            self._fit_columns()
        self.count_changed.emit()

    def _page_text(self) -> str | None:
        if self._message is not None:
            return self._message
        if self.total_rows() == 0:
            return self._empty_text or "Nothing here yet."
        if self.visible_rows() == 0:
            typed = self.ui.filterEdit.text().strip()
            if not typed:
                return "Nothing matches the filters chosen."
            return f"Nothing matches “{typed}”.\nPress Esc in the filter box to see every row."
        return None

    def _fit_columns(self) -> None:
        """Size columns to their contents once real rows arrive (the user may resize later)."""
        self._sized = True
        view = self.ui.tableView
        view.resizeColumnsToContents()
        header = view.horizontalHeader()
        for column in range(header.count()):
            width = header.sectionSize(column) + COLUMN_PADDING
            header.resizeSection(column, min(width, MAX_COLUMN_WIDTH))
        stretch = self._model.stretch_column if self._model is not None else None
        if stretch is not None:
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
