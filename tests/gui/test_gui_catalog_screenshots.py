"""Screenshots of the Catalog, saved to ``screenshots/`` (gitignored) to be looked at."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from gui_catalog_helpers import attach_covers, select_model
from gui_helpers import WindowFactory, show_shop
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from printshop_desktop.db.database import Database
from printshop_desktop.db.enums import MovementReason
from printshop_desktop.gui.tabs.catalog.filters import NOT_SELLABLE
from printshop_desktop.gui.tabs.catalog.grid_view import GRID
from printshop_desktop.services import catalog, catalog_edit, events, inventory, ledger

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"


def save(widget: QWidget, name: str) -> Path:
    SCREENSHOTS.mkdir(exist_ok=True)
    QApplication.processEvents()
    path = SCREENSHOTS / f"{name}.png"
    assert widget.grab().save(str(path))
    assert path.stat().st_size > 10_000
    return path


def _richer_demo(database: Database) -> None:
    """Print times, two-colour filament, labour and packaging on the Crystal Dragon; the
    Sleepy Fox (not for sale) stocked and planned for a fair, as a hurried shop might."""
    with database.session() as session:
        filaments = {f.colour_name: f.id for f in inventory.list_filaments(session)}
        variants = [v for v in catalog.list_variants(session) if v.model == "Crystal Dragon"]
        variants.sort(key=lambda v: v.name != "Small")  # the small one uses less
        for number, row in enumerate(variants):
            detail = catalog_edit.get_variant(session, row.id)
            data = replace(
                detail.data,
                colourway="Galaxy black, gold",
                print_time_s=(3 + 2 * number) * 3600 + 25 * 60,
                filament_needs=(
                    (0, filaments["Galaxy Black"], 48.0 + 30 * number),
                    (1, filaments["Gold"], 6.5 + 3 * number),
                ),
                labour_minutes=8,
                packaging_cents=45,
            )
            catalog_edit.update_variant(session, row.id, data, expected_version=detail.version)
        fox = next(v for v in catalog.list_variants(session) if v.model == "Sleepy Fox")
        product = inventory.create_product(
            session, inventory.ProductInput("FOX-S", "Sleepy Fox small", variant_id=fox.id)
        )
        ledger.record(
            session, ledger.MovementInput(6, MovementReason.PRINT_PRODUCED, product_id=product)
        )
        soon = date.today() + timedelta(days=18)
        fair = events.create_event(session, events.EventInput("Winter Craft Fair", soon, soon))
        events.plan_product(session, fair, product, 8)


def test_screenshots_of_the_catalog(
    make_window: WindowFactory, demo_sqlite_db: Database, qtbot: QtBot, tmp_path: Path
) -> None:
    _richer_demo(demo_sqlite_db)
    store = attach_covers(demo_sqlite_db, tmp_path / "store")
    window = make_window()
    show_shop(window, demo_sqlite_db)
    window.files.file_store.use(store)
    tab = window.catalog

    tab.filters.category.setCurrentIndex(tab.filters.category.findData("Creatures"))
    select_model(window, "Crystal Dragon")
    tab.ui.variantView.selectRow(1)
    save(window, "c1_catalog_filters_variants_costs")

    tab.filters.reset_button.click()
    select_model(window, "Articulated Axolotl")
    tab.view_switch.set_mode(GRID)
    QApplication.processEvents()
    thumbs = tab.grid.thumbnails
    qtbot.waitUntil(lambda: len(thumbs._pixmaps) >= 2, timeout=10_000)
    save(window, "c2_catalog_grid")

    tab.filters.licence.setCurrentIndex(tab.filters.licence.findData(NOT_SELLABLE))
    select_model(window, "Sleepy Fox")
    save(window, "c3_catalog_grid_not_for_sale_warning")

    variant = tab.variants.edit_variant()
    qtbot.waitExposed(variant)
    save(variant, "c4_variant_dialog_licence_warning")
    variant.ui.priceEdit.setText("12.345")
    variant.save()
    save(variant, "c4b_variant_dialog_price_refused")
    variant.reject()

    dialog = tab.model_actions.edit_model()
    qtbot.waitExposed(dialog)
    dialog.ui.nameEdit.setText("")
    dialog.ui.sourceUrlEdit.setText("printables.com/model/100222")
    dialog.save()
    dialog.ui.nameEdit.setText("Sleepy Fox")
    dialog.save()
    save(dialog, "c5_model_dialog_validation")
    dialog.reject()

    designers = tab.model_actions.open_designers()
    qtbot.waitExposed(designers)
    save(designers, "c6_designers")
    designers.reject()
