"""The Catalog's table models pass Qt's model tester; the filters and licence badge rules."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from printshop_desktop.db.database import Database
from printshop_desktop.gui.sort_proxy import SortFilterProxy
from printshop_desktop.gui.table_model import Role, RowTableModel
from printshop_desktop.gui.tabs.catalog.designer_table import DesignerTableModel
from printshop_desktop.gui.tabs.catalog.filters import (
    NOT_SELLABLE,
    SELLABLE,
    FilterChoice,
    StatusFilter,
    category_tree,
    matches,
)
from printshop_desktop.gui.tabs.catalog.licence_badge import LicenceState, licence_state
from printshop_desktop.gui.tabs.catalog.table_models import ModelTableModel
from printshop_desktop.gui.tabs.catalog.variant_table import VariantLineTableModel
from printshop_desktop.services import catalog, catalog_browse, variant_costs
from printshop_desktop.services.catalog_browse import CatalogRow


@pytest.fixture
def rows(demo_sqlite_db: Database) -> dict[type, list[Any]]:
    with demo_sqlite_db.session() as session:
        models = catalog_browse.list_catalog(session)
        lines = [
            line
            for model in models[:8]
            for line in variant_costs.list_variant_lines(session, model.id)
        ]
        return {
            ModelTableModel: models,
            VariantLineTableModel: lines,
            DesignerTableModel: catalog.list_designers(session),
        }


@pytest.mark.parametrize(
    "cls", [ModelTableModel, VariantLineTableModel, DesignerTableModel], ids=lambda c: c.__name__
)
def test_catalog_models_pass_the_model_tester(
    cls: type[RowTableModel[Any]], rows: dict[type, list[Any]], qtmodeltester: ModelTester
) -> None:
    model = cls()
    qtmodeltester.check(model)
    model.set_rows(rows[cls])
    assert model.rowCount() == len(rows[cls]) > 0
    qtmodeltester.check(model)
    for column in range(model.columnCount()):
        assert isinstance(model.index(0, column).data(), str)
        model.index(0, column).data(Qt.ItemDataRole.DecorationRole)
        model.index(0, column).data(Qt.ItemDataRole.ToolTipRole)
    proxy = SortFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(1, Qt.SortOrder.DescendingOrder)
    proxy.set_row_filter(lambda n: n % 2 == 0)
    proxy.set_filter_text("a")
    qtmodeltester.check(proxy)
    assert all(
        model.rows().index(proxy.index(n, 0).data(Role.OBJECT)) % 2 == 0
        for n in range(proxy.rowCount())
    )


def test_variant_numbers_sort_natively(rows: dict[type, list[Any]]) -> None:
    model = VariantLineTableModel()
    model.set_rows(rows[VariantLineTableModel])
    model.sort(VariantLineTableModel.COST)
    costs = [model.index(n, model.COST).data(Role.SORT) for n in range(model.rowCount())]
    assert costs == sorted(costs)


def _row(**changes: Any) -> CatalogRow:
    base = CatalogRow(
        id=None,
        name="Fox",
        designer=None,
        category="Creatures/Cute",
        tags=("fox",),
        licence="CC-BY-4.0",
        selling_allowed=True,
        variants=1,
        archived=False,
        updated_at=None,
        statuses=("active",),
    )
    return replace(base, **changes)


def test_filters_match_category_trees_tags_licences_and_statuses() -> None:
    fox, castle = (
        _row(),
        _row(
            category="Creature",
            tags=(),
            licence="CC-BY-NC-4.0",
            selling_allowed=False,
            statuses=("draft",),
        ),
    )
    assert matches(fox, FilterChoice(category="Creatures"))
    assert not matches(castle, FilterChoice(category="Creatures"))
    assert matches(fox, FilterChoice(tag="fox")) and not matches(castle, FilterChoice(tag="fox"))
    assert matches(castle, FilterChoice(licence=NOT_SELLABLE))
    assert matches(fox, FilterChoice(licence=SELLABLE))
    assert matches(castle, FilterChoice(licence="CC-BY-NC-4.0"))
    assert matches(castle, FilterChoice(status=StatusFilter.DRAFT))
    assert not matches(fox, FilterChoice(status=StatusFilter.DRAFT))
    assert matches(_row(variants=0, statuses=()), FilterChoice(status=StatusFilter.NO_VARIANTS))
    assert not matches(_row(archived=True), FilterChoice())
    assert matches(_row(archived=True), FilterChoice(status=StatusFilter.ARCHIVED))
    assert category_tree(["Home/Decor", "Creatures/Dragons", "Home"]) == [
        ("Creatures", "Creatures"),
        ("    Dragons", "Creatures/Dragons"),
        ("Home", "Home"),
        ("    Decor", "Home/Decor"),
    ]


def test_licence_badge_states() -> None:
    today = date(2026, 6, 1)
    assert licence_state(_row(), today) is LicenceState.SELLABLE
    assert licence_state(_row(selling_allowed=False), today) is LicenceState.NOT_FOR_SALE
    unknown = _row(selling_allowed=False, licence="unknown")
    assert licence_state(unknown, today) is LicenceState.UNCHECKED
    ended = _row(selling_until=date(2026, 5, 31))
    assert licence_state(ended, today) is LicenceState.EXPIRED
    assert not matches(ended, FilterChoice(licence=SELLABLE), today)
