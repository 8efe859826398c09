"""The Catalog tab: every model in a filterable table, the selected one in a detail panel."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ....services import catalog
from ....services.catalog import ModelRow
from ...context import ShopContext
from ...forms.ui_catalog_tab import Ui_CatalogTab
from ...table_model import Role
from ...widgets.filtered_table import FilteredTable
from ..base_tab import BaseTab
from .detail_panel import DetailPanel
from .table_models import ModelTableModel

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
        self.ui.splitter.setSizes([960, 300])
        self.detail = DetailPanel(self.ui)
        self.ui.detailPanel.hide()  # until there are models to show
        self.ui.modelTable.current_changed.connect(self._on_current)
        self._connect_counts()

    def tables(self) -> list[FilteredTable]:
        """The models table."""
        return [self.ui.modelTable]

    def load(self) -> None:
        """Load every model that is not archived."""
        self.fetch(catalog.list_models, self._on_models)

    def clear(self) -> None:
        """Forget the rows of a closed database."""
        self.models.set_rows([])
        self.detail.show_model(None)
        self.ui.detailPanel.hide()

    def _on_models(self, rows: list[ModelRow]) -> None:
        selected = self.detail.model_id
        self.models.set_rows(rows)
        self.ui.detailPanel.setVisible(bool(rows))
        self._reselect(selected)

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
        if row is not None:
            model_id = row.id
            self.fetch(
                lambda session: catalog.list_variants(session, model_id),
                lambda rows: self.detail.show_variants(model_id, rows),
            )

