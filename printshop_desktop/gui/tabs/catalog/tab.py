"""The Catalog tab: every model in a filterable table, the selected one in a detail panel."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from ....services.catalog import ModelRow
from ...context import ShopContext
from ...files.file_store import FileStore
from ...forms.ui_catalog_tab import Ui_CatalogTab
from ...table_model import Role
from ...widgets.filtered_table import FilteredTable
from ..base_tab import BaseTab
from .catalog_loads import Selection, load_rows, load_selection
from .detail_panel import DetailPanel
from .filters import CatalogFilters
from .grid_view import install_grid
from .licence_badge import LicenceBadgeDelegate
from .model_actions import ModelActions
from .table_models import ModelTableModel
from .variants_panel import VariantsPanel

EMPTY_TEXT = (
    "No models in the catalog yet.\n"
    "To look around first, load the demo shop: File ▸ Load demo data."
)


class CatalogTab(BaseTab):
    """Models with designer, category, tags, licence (not-for-sale marked) and variants."""

    title = "&Catalog"

    def __init__(self, context: ShopContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_CatalogTab()
        self.ui.setupUi(self)
        self.models = ModelTableModel(self)
        self.ui.modelTable.set_model(
            self.models, sort_column=ModelTableModel.NAME, empty_text=EMPTY_TEXT
        )
        self.ui.splitter.setSizes([970, 310])
        self.ui.browseSplitter.setSizes([440, 320])
        self.ui.variantsSplitter.setSizes([640, 320])
        self.detail = DetailPanel(self.ui)
        self.ui.detailPanel.hide()  # until there are models to show
        table = self.ui.modelTable
        table.view.setItemDelegateForColumn(ModelTableModel.LICENCE, LicenceBadgeDelegate(self))
        table.filter_edit.setMinimumWidth(110)
        self.filters = CatalogFilters(table)
        self.filters.add_to(table.ui.filterRow, 1)
        self.filters.changed.connect(self._on_filters)
        table.proxy.set_row_filter(lambda n: self.filters.accepts(self.models.row_at(n)))
        self.grid, self.view_switch = install_grid(table, context.runner)
        self.model_actions = ModelActions(self)
        self.ui.tabLayout.insertWidget(0, self.model_actions.toolbar)
        for view in (table.view, self.grid):
            self.model_actions.add_menu(view)
        self.variants = VariantsPanel(self)
        self._select_id: uuid.UUID | None = None
        self._archived_loaded = False
        table.current_changed.connect(self._on_current)
        self._connect_counts()

    def tables(self) -> list[FilteredTable]:
        """The models table."""
        return [self.ui.modelTable]

    def load(self) -> None:
        """Load every model (archived ones only when the status filter asks for them)."""
        archived = self._archived_loaded = self.filters.wants_archived()
        self.fetch(lambda session: load_rows(session, archived), self._on_models)

    def clear(self) -> None:
        """Forget the rows of a closed database."""
        self.models.set_rows([])
        self.detail.show_model(None)
        self.ui.detailPanel.hide()

    def current_model(self) -> ModelRow | None:
        """The model under the cursor (table or grid)."""
        row = self.ui.modelTable.current_row()
        return row if isinstance(row, ModelRow) else None

    def select_after_load(self, model_id: object) -> None:
        """Load again, then select ``model_id`` (a model just saved)."""
        self._select_id = model_id if isinstance(model_id, uuid.UUID) else None
        self.reload()

    def use_file_store(self, file_store: FileStore) -> None:
        """Where the grid reads cover pictures from (set up by the files feature's owner)."""
        self.grid.thumbnails.use_file_store(file_store)

    def say(self, text: str) -> None:
        """A passing message in the window's status bar."""
        bar = getattr(self.window(), "statusBar", None)
        if callable(bar):
            bar().showMessage(text, 8000)

    def dispose(self) -> None:
        """Stop the grid's picture loading too."""
        self.grid.thumbnails.stop()
        super().dispose()

    def _on_models(self, rows: Sequence[ModelRow]) -> None:
        selected = self._select_id or self.detail.model_id
        self._select_id = None
        self.filters.update_choices(r for r in rows if not r.archived)
        self.models.set_rows(rows)
        self.ui.detailPanel.setVisible(bool(rows))
        self._reselect(selected)

    def _on_filters(self) -> None:
        if self.filters.wants_archived() != self._archived_loaded:
            self.reload()  # archived models are loaded only when asked for
        self.ui.modelTable.proxy.refilter()
        if self.current_model() is None:
            self.ui.modelTable.select_first()

    def _reselect(self, model_id: object | None) -> None:
        table = self.ui.modelTable
        if model_id is not None:
            for number in range(table.proxy.rowCount()):
                index = table.proxy.index(number, 0)
                if getattr(index.data(Role.OBJECT), "id", None) == model_id:
                    table.view.setCurrentIndex(index)
                    return
        self.detail.show_model(None)
        table.select_first()

    def _on_current(self, row: ModelRow | None) -> None:
        self.detail.show_model(row)
        self.variants.show_model(row)
        self.model_actions.update(row)
        if row is not None:
            model_id = row.id
            self.fetch(lambda session: load_selection(session, model_id), self._on_selection)

    def _on_selection(self, loaded: Selection) -> None:
        self.variants.show_lines(loaded.model_id, loaded.lines)
        self.detail.show_more(loaded.model_id, loaded.source_url, loaded.notes)
        self.detail.show_exposure(loaded.exposure)
