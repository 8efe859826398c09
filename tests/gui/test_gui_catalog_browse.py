"""Browsing the real Catalog: filters with the search box, archive and unarchive, the grid of
cards with lazily loaded pictures, licence warnings and the cost breakdown."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from gui_catalog_helpers import COVERS, attach_covers, select_model, shown_names
from gui_helpers import WindowFactory, show_shop
from PySide6.QtCore import QPersistentModelIndex
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from printshop_desktop.db.database import Database
from printshop_desktop.db.enums import MovementReason
from printshop_desktop.gui.money import format_money
from printshop_desktop.gui.runner import ThreadRunner
from printshop_desktop.gui.tabs.catalog.filters import NOT_SELLABLE, StatusFilter
from printshop_desktop.gui.tabs.catalog.grid_view import GRID, TABLE
from printshop_desktop.gui.widgets.filtered_table import FilteredTable
from printshop_desktop.services import catalog, costing, events, inventory, ledger

WAIT_MS = 10_000


def _persistent(table: FilteredTable, name: str) -> QPersistentModelIndex:
    proxy = table.proxy
    found = next(n for n in range(proxy.rowCount()) if proxy.index(n, 0).data() == name)
    return QPersistentModelIndex(proxy.index(found, 0))


def test_filters_and_search_narrow_the_catalog(
    make_window: WindowFactory, demo_database: Database
) -> None:
    window = make_window()
    show_shop(window, demo_database)
    tab, filters = window.catalog, window.catalog.filters
    table = tab.ui.modelTable
    assert len(shown_names(window)) == 33

    filters.category.setCurrentIndex(filters.category.findData("Creatures"))
    creatures = shown_names(window)
    assert len(creatures) == 8 and "Crystal Dragon" in creatures and "Flexi Rex" in creatures
    filters.licence.setCurrentIndex(filters.licence.findData(NOT_SELLABLE))
    assert shown_names(window) == ["Low-poly Bunny", "Sleepy Fox"]
    table.filter_edit.setText("bunny")
    assert shown_names(window) == ["Low-poly Bunny"]
    assert table.count_text() == "1 of 33 models"
    assert tab.ui.nameValue.text() == "Low-poly Bunny"  # the detail follows what is left

    filters.reset_button.click()
    table.filter_edit.setText("")
    filters.tag.setCurrentIndex(filters.tag.findData("christmas"))
    assert shown_names(window) == [
        "Gingerbread Keyring",
        "Reindeer Planter",
        "Snowflake Ornament",
        "Star Tree Topper",
    ]
    filters.status.setCurrentIndex(filters.status.findData(StatusFilter.NO_VARIANTS.value))
    assert shown_names(window) == []
    assert table.ui.emptyLabel.text() == "Nothing matches the filters chosen."

    filters.reset_button.click()
    select_model(window, "Star Tree Topper")
    tab.model_actions.archive.trigger()
    assert "Star Tree Topper" not in shown_names(window)
    assert len(shown_names(window)) == 32
    filters.status.setCurrentIndex(filters.status.findData(StatusFilter.ARCHIVED.value))
    assert shown_names(window) == ["Star Tree Topper"]
    assert tab.model_actions.unarchive.isEnabled() and not tab.model_actions.archive.isEnabled()
    tab.model_actions.unarchive.trigger()
    filters.reset_button.click()
    assert len(shown_names(window)) == 33
    with demo_database.session() as session:
        assert not any(row.archived for row in catalog.list_models(session))


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_grid_shows_placeholders_then_pictures_of_the_cards_on_screen(
    make_window: WindowFactory,
    demo_database: Database,
    thread_runner: ThreadRunner,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    store = attach_covers(demo_database, tmp_path / "store")
    window = make_window(thread_runner)
    show_shop(window, demo_database)
    tab = window.catalog
    qtbot.waitUntil(lambda: tab.models.rowCount() == 33, timeout=WAIT_MS)
    window.files.file_store.use(store)
    table, grid = tab.ui.modelTable, tab.grid
    table.filter_edit.setText("teapot")  # the search box looks in file names too
    assert shown_names(window) == ["Pumpkin Bowl"]
    table.filter_edit.setText("")

    table.select_first()  # the grid opens at the top
    tab.view_switch.set_mode(GRID)
    assert grid.isVisible() and not table.view.isVisible()
    QApplication.processEvents()  # the grid lays its cards out
    thumbs = grid.thumbnails
    covers = {row.name: row.cover_sha256 for row in tab.models.rows() if row.cover_sha256}
    assert set(covers) == set(COVERS)
    on_screen = {name for name in covers if grid.on_screen(_persistent(table, name))}
    assert on_screen and on_screen != set(covers)  # some cards are below the fold
    assert not thumbs._pixmaps  # placeholders first
    qtbot.waitUntil(lambda: all(covers[n] in thumbs._pixmaps for n in on_screen), timeout=WAIT_MS)
    assert set(thumbs._pixmaps) == {covers[n] for n in on_screen}  # only what is on screen

    select_model(window, "Pumpkin Bowl")  # further down: scrolled to, then drawn
    grid.show_current()
    assert tab.ui.nameValue.text() == "Pumpkin Bowl"
    qtbot.waitUntil(lambda: covers["Pumpkin Bowl"] in thumbs._pixmaps, timeout=WAIT_MS)
    tab.view_switch.set_mode(TABLE)
    assert table.view.isVisible() and table.current_row().name == "Pumpkin Bowl"


def test_licence_warnings_where_a_not_for_sale_model_is_priced_stocked_or_planned(
    make_window: WindowFactory, demo_database: Database
) -> None:
    soon = date.today() + timedelta(days=20)
    with demo_database.session() as session:
        fox = next(v for v in catalog.list_variants(session) if v.model == "Sleepy Fox")
        product = inventory.create_product(
            session, inventory.ProductInput("FOX-T", "Sleepy Fox test", variant_id=fox.id)
        )
        ledger.record(
            session,
            ledger.MovementInput(3, MovementReason.PRINT_PRODUCED, product_id=product),
        )
        event = events.create_event(session, events.EventInput("Winter Craft Fair", soon, soon))
        events.plan_product(session, event, product, 5)
    window = make_window()
    show_shop(window, demo_database)
    tab = window.catalog
    select_model(window, "Flexi Rex")
    assert not tab.ui.licenceWarning.isVisibleTo(tab)
    select_model(window, "Sleepy Fox")
    warning = tab.ui.licenceWarning
    assert warning.isVisibleTo(tab)
    text = warning.text()
    assert "does not allow selling prints" in text and "Priced: Large, Small" in text
    assert "FOX-T (3 on hand)" in text and "Winter Craft Fair" in text
    dialog = tab.variants.edit_variant()
    assert dialog.ui.licenceWarning.isVisibleTo(dialog)
    dialog.ui.priceEdit.setText("")
    assert not dialog.ui.licenceWarning.isVisibleTo(dialog)
    dialog.reject()


def test_cost_panel_shows_the_costing_service_figures(
    make_window: WindowFactory, demo_sqlite_db: Database
) -> None:
    window = make_window()
    show_shop(window, demo_sqlite_db)
    tab = window.catalog
    select_model(window, "Crystal Dragon")
    lines = tab.detail.variants.rows()
    assert len(lines) == 2
    with demo_sqlite_db.session() as session:
        expected = {line.id: costing.unit_cost(session, line.id) for line in lines}
    view = tab.ui.variantView
    for number in range(len(lines)):
        view.setCurrentIndex(tab.detail.variants.index(number, 0))
        line = tab.variants.current_line()
        cost = expected[line.id]
        shown = tab.ui.costPanel.value_texts()
        assert shown == {
            "filament": format_money(cost.filament_cents),
            "energy": format_money(cost.energy_cents),
            "depreciation": format_money(cost.depreciation_cents),
            "failure": format_money(cost.failure_cents),
            "labour": format_money(cost.labour_cents),
            "packaging": format_money(cost.packaging_cents),
            "accessories": format_money(cost.accessories_cents),
            "total": format_money(cost.total_cents),
            "price": format_money(cost.price_cents),
            "margin": format_money(cost.margin_cents),
        }
        row = tab.detail.variants
        assert row.index(number, row.COST).data() == format_money(cost.total_cents)
