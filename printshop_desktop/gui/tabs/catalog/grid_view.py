"""The catalog as a grid of cards, and the Table/Grid switch beside the filters.

The grid shows the models table's proxy (same filters, sort and search) and shares its
selection model, so the detail panel follows whichever view is on show. Pictures load lazily
for the cards on screen (see :mod:`.grid_thumbnails`).
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QListView,
    QStyle,
    QToolButton,
    QWidget,
)

from ...files.import_job import thumbnails_dir
from ...runner import Runner
from ...widgets.filtered_table import FilteredTable
from .grid_delegate import PICTURE, CatalogCardDelegate, card_size
from .grid_thumbnails import GridThumbnails

TABLE, GRID = 0, 1


class CatalogGrid(QListView):
    """Cards of the models over ``table``'s proxy and selection."""

    def __init__(self, table: FilteredTable, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("modelGrid")
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.setGridSize(card_size())
        self.setSpacing(0)
        self.setWrapping(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalScrollBar().setSingleStep(24)
        self.setMouseTracking(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.thumbnails = GridThumbnails(runner, thumbnails_dir(), PICTURE - 6, self)
        self.thumbnails.is_visible = self.on_screen
        self.thumbnails.arrived.connect(lambda _sha: self.viewport().update())
        self.setItemDelegate(CatalogCardDelegate(self.thumbnails, self))
        self.setModel(table.proxy)
        own = self.selectionModel()
        self.setSelectionModel(table.view.selectionModel())
        own.deleteLater()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Spread the cards over the whole width: as many columns as fit, evenly wide."""
        super().resizeEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        card = card_size()
        width = self.viewport().width() - 2  # a row that fills the width exactly would wrap
        columns = max(1, width // card.width())
        wanted = QSize(max(card.width(), width // columns), card.height())
        if self.gridSize() != wanted:
            self.setGridSize(wanted)

    def on_screen(self, index: QPersistentModelIndex) -> bool:
        """True when the card of ``index`` is (partly) visible."""
        if not self.isVisible() or not index.isValid():
            return False
        rect = self.visualRect(self.model().index(index.row(), 0))
        return rect.intersects(self.viewport().rect())

    def show_current(self) -> None:
        """Scroll to the current model."""
        current = self.selectionModel().currentIndex()
        if current.isValid():
            self.scrollTo(current.siblingAtColumn(0))


class ViewSwitch(QWidget):
    """Two toggle buttons: Table and Grid. :attr:`switched` carries TABLE or GRID."""

    switched = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("viewSwitch")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.group = QButtonGroup(self)
        style = self.style()
        icons = (
            QStyle.StandardPixmap.SP_FileDialogDetailedView,
            QStyle.StandardPixmap.SP_FileDialogListView,
        )
        for mode, (text, icon) in enumerate(zip(("Table", "Grid"), icons, strict=True)):
            button = QToolButton(self)
            button.setObjectName(f"{text.lower()}ViewButton")
            button.setText(text)
            button.setIcon(style.standardIcon(icon))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
            button.setCheckable(True)
            button.setToolTip(f"{text} view: the models as a {text.lower()}")
            self.group.addButton(button, mode)
            layout.addWidget(button)
        self.group.button(TABLE).setChecked(True)
        self.group.idToggled.connect(self._on_toggled)

    def mode(self) -> int:
        """TABLE or GRID."""
        return self.group.checkedId()

    def set_mode(self, mode: int) -> None:
        """Switch to ``mode`` (as a click would)."""
        self.group.button(mode).setChecked(True)

    def _on_toggled(self, mode: int, checked: bool) -> None:
        if checked:
            self.switched.emit(mode)


def install_grid(table: FilteredTable, runner: Runner) -> tuple[CatalogGrid, ViewSwitch]:
    """Put a grid beside ``table``'s view and the switch at the end of its filter row."""
    grid = CatalogGrid(table, runner, table.ui.tablePage)
    table.ui.tablePageLayout.addWidget(grid)
    grid.hide()
    switch = ViewSwitch(table)
    table.ui.filterRow.addWidget(switch)

    def switched(mode: int) -> None:
        current = table.view.currentIndex()
        table.view.setVisible(mode == TABLE)
        grid.setVisible(mode == GRID)
        (grid if mode == GRID else table.view).setFocus(Qt.FocusReason.OtherFocusReason)
        if current.isValid():
            flags = QItemSelectionModel.SelectionFlag
            table.view.selectionModel().setCurrentIndex(current, flags.ClearAndSelect | flags.Rows)
        if mode == GRID:
            grid.show_current()

    switch.switched.connect(switched)
    return grid, switch
