"""Every table model passes Qt's model tester; the proxy sorts natively and filters text."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from printshop_desktop.db.database import Database
from printshop_desktop.gui.sort_proxy import SortFilterProxy
from printshop_desktop.gui.table_model import Role, RowTableModel
from printshop_desktop.gui.tabs.catalog.table_models import ModelTableModel, VariantTableModel
from printshop_desktop.gui.tabs.events.table_models import EventTableModel
from printshop_desktop.gui.tabs.inventory.table_models import (
    FilamentTableModel,
    ProductTableModel,
)
from printshop_desktop.gui.tabs.queue.table_models import JobTableModel
from printshop_desktop.services import catalog, events, inventory, queue

MODELS: list[tuple[type[RowTableModel[Any]], Any]] = [
    (ModelTableModel, catalog.list_models),
    (VariantTableModel, catalog.list_variants),
    (FilamentTableModel, inventory.list_filaments),
    (ProductTableModel, inventory.list_products),
    (JobTableModel, queue.list_jobs),
    (EventTableModel, events.list_events),
]


@pytest.fixture
def demo_rows(demo_sqlite_db: Database) -> dict[type, list[Any]]:
    with demo_sqlite_db.session() as session:
        return {cls: list(query(session)) for cls, query in MODELS}


@pytest.mark.parametrize("cls", [cls for cls, _ in MODELS], ids=lambda c: c.__name__)
def test_model_passes_qt_model_tester(
    cls: type[RowTableModel[Any]], demo_rows: dict[type, list[Any]], qtmodeltester: ModelTester
) -> None:
    model = cls()
    qtmodeltester.check(model)
    model.set_rows(demo_rows[cls])
    assert model.rowCount() == len(demo_rows[cls]) > 0
    qtmodeltester.check(model)
    assert model.columnCount() == len(cls.headers)
    for column in range(model.columnCount()):
        assert model.headerData(column, Qt.Orientation.Horizontal) == cls.headers[column]
        assert isinstance(model.index(0, column).data(), str)
    assert model.index(0, 0).data(Role.OBJECT) is demo_rows[cls][0]


@pytest.mark.parametrize("cls", [cls for cls, _ in MODELS], ids=lambda c: c.__name__)
def test_proxy_over_model_passes_tester(
    cls: type[RowTableModel[Any]], demo_rows: dict[type, list[Any]], qtmodeltester: ModelTester
) -> None:
    model = cls()
    proxy = SortFilterProxy()
    proxy.setSourceModel(model)
    model.set_rows(demo_rows[cls])
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    proxy.set_filter_text("a")
    qtmodeltester.check(proxy)


def test_replace_row_signals_only_that_row(demo_rows: dict[type, list[Any]], qtbot: Any) -> None:
    model = EventTableModel()
    rows = demo_rows[EventTableModel]
    model.set_rows(rows)
    from dataclasses import replace

    changed = replace(rows[1], packed=rows[1].packed + 1)
    with qtbot.waitSignal(model.dataChanged) as blocker:
        assert model.replace_row(changed, key=lambda r: r.id)
    first, last = blocker.args[:2]
    assert (first.row(), last.row()) == (1, 1)
    assert model.row_at(1) is changed


def test_money_sorts_by_cents_not_text(demo_rows: dict[type, list[Any]]) -> None:
    model = ProductTableModel()
    model.set_rows(demo_rows[ProductTableModel])
    proxy = SortFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(ProductTableModel.PRICE, Qt.SortOrder.AscendingOrder)
    cents = [proxy.index(r, ProductTableModel.PRICE).data(Role.SORT)
             for r in range(proxy.rowCount())]
    assert cents == sorted(cents)
    texts = [proxy.index(r, ProductTableModel.PRICE).data() for r in range(proxy.rowCount())]
    assert texts != sorted(texts) or len(set(texts)) == 1  # text order would differ


def test_empty_values_sort_last(demo_rows: dict[type, list[Any]]) -> None:
    model = JobTableModel()
    model.set_rows(demo_rows[JobTableModel])
    proxy = SortFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(JobTableModel.DUE, Qt.SortOrder.AscendingOrder)
    due = [proxy.index(r, JobTableModel.DUE).data(Role.SORT) for r in range(proxy.rowCount())]
    known = [d for d in due if d is not None]
    assert known and due[: len(known)] == sorted(known)
    assert all(d is None for d in due[len(known):])


def test_filter_is_case_insensitive_and_ignores_number_columns(
    demo_rows: dict[type, list[Any]],
) -> None:
    model = FilamentTableModel()
    model.set_rows(demo_rows[FilamentTableModel])
    proxy = SortFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_filter_text("  petg ")
    assert proxy.rowCount() == sum(r.material == "PETG" for r in model.rows()) > 0
    proxy.set_filter_text("1.75")  # the diameter column is a number, not text
    assert proxy.rowCount() == 0


def test_sorting_keeps_the_selected_row_selected(
    demo_rows: dict[type, list[Any]], qtbot: Any
) -> None:
    from printshop_desktop.gui.widgets.filtered_table import FilteredTable

    table = FilteredTable()
    qtbot.addWidget(table)
    model = ProductTableModel()
    table.set_model(model, sort_column=ProductTableModel.NAME)
    model.set_rows(demo_rows[ProductTableModel])
    table.view.selectRow(3)
    chosen = table.current_row()
    table.view.sortByColumn(ProductTableModel.ON_HAND, Qt.SortOrder.DescendingOrder)
    assert table.current_row() is chosen
    on_hand = [table.proxy.index(r, ProductTableModel.ON_HAND).data(Role.SORT)
               for r in range(table.proxy.rowCount())]
    assert on_hand == sorted(on_hand, reverse=True)
    model.set_rows(list(reversed(demo_rows[ProductTableModel])))  # a reload keeps the order
    again = [table.proxy.index(r, ProductTableModel.ON_HAND).data(Role.SORT)
             for r in range(table.proxy.rowCount())]
    assert again == on_hand


def test_sorting_and_filtering_do_not_go_through_data(demo_rows: dict[type, list[Any]]) -> None:
    """A guard (not a timing) against one call into Python per comparison: the model sorts its
    rows in one Python sort and the filter reads a cached text per row."""
    calls = []

    class CountingModel(ModelTableModel):
        def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            calls.append(role)
            return super().data(index, role)

    model = CountingModel()
    proxy = SortFilterProxy()
    proxy.setSourceModel(model)
    model.set_rows(demo_rows[ModelTableModel] * 20)
    proxy.sort(ModelTableModel.NAME)
    proxy.set_filter_text("dragon")
    assert 0 < proxy.rowCount() < model.rowCount()
    assert calls == []
