"""File ▸ Import CSV…, Import from Spoolman…, Export CSV and the point-of-sale export, through
the real main window: bad rows are listed with their line numbers and nothing is imported
until the user accepts skipping them."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from gui_helpers import WindowFactory
from inventory_helpers import open_inventory, rows
from PySide6.QtWidgets import QApplication

from printshop_desktop.db.database import Database
from printshop_desktop.gui.dialogs.import_preview import ImportPreviewModel
from printshop_desktop.services import inventory, inventory_edit

FIXTURES = Path(__file__).resolve().parents[1] / "services" / "fixtures"
FILAMENTS_CSV = (
    "brand,material,colour_name,colour_hex,price_per_kg,reorder_level_g\n"
    "Elegoo,PLA,Cosmic Blue,#2A4B8D,18.99,500\n"
    "Elegoo,PLA,Mystery,not-a-colour,18.99,0\n"
    "Elegoo,PETG,Clear,#E8F1F2,19.5,250\n"
)


def _count(database: Database) -> int:
    with database.session() as session:
        return len(inventory.list_filaments(session, include_archived=True))


def test_a_bad_row_is_listed_with_its_line_and_nothing_is_imported_until_accepted(
    make_window: WindowFactory, demo_database: Database, tmp_path: Path
) -> None:
    window, tab = open_inventory(make_window, demo_database)
    path = tmp_path / "filaments.csv"
    path.write_text(FILAMENTS_CSV, encoding="utf-8")
    before = _count(demo_database)
    dialog = window.inventory_menus.import_csv()
    dialog.load_file(path)
    assert dialog.ui.entityCombo.currentData() == "filaments"  # from the file's name
    bad = [line for line in rows(dialog.ui.previewTable) if line.bad]
    assert [(line.line, line.column) for line in bad] == [(3, "colour_hex")]
    assert dialog.model.display(bad[0], ImportPreviewModel.RESULT) == "Bad row"
    assert "line 3" in dialog.ui.summaryLabel.text()
    assert "2 new" in dialog.ui.summaryLabel.text()
    assert not dialog.import_button.isEnabled()
    dialog.start_import()  # refused while rows are bad
    assert _count(demo_database) == before
    dialog.ui.skipBadCheck.setChecked(True)
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    QApplication.processEvents()
    assert not dialog.isVisible()
    assert [r.created for r in dialog.results] == [2]
    assert _count(demo_database) == before + 2
    assert tab.filaments.rowCount() == before + 2
    assert "Imported filaments: 2 new" in window.statusBar().currentMessage()


def test_a_spoolman_export_brings_filaments_and_spools(
    make_window: WindowFactory, demo_sqlite_db: Database
) -> None:
    window, _tab = open_inventory(make_window, demo_sqlite_db)
    dialog = window.inventory_menus.import_spoolman()
    assert not dialog.ui.entityCombo.isVisible()
    dialog.load_file(FIXTURES / "spoolman_spools.json")
    whats = {line.what for line in rows(dialog.ui.previewTable)}
    assert whats == {"filament", "spool"}
    if dialog.checked is not None and dialog.checked.errors:
        dialog.ui.skipBadCheck.setChecked(True)
    with demo_sqlite_db.session() as session:
        spools_before = len(inventory_edit.list_spools(session))
    dialog.import_button.click()
    QApplication.processEvents()
    with demo_sqlite_db.session() as session:
        assert len(inventory_edit.list_spools(session)) > spools_before
    assert "spools:" in window.statusBar().currentMessage()


def test_a_file_that_is_not_csv_is_explained(
    make_window: WindowFactory, demo_sqlite_db: Database, tmp_path: Path
) -> None:
    window, _tab = open_inventory(make_window, demo_sqlite_db)
    path = tmp_path / "broken.json"
    path.write_text("{not json", encoding="utf-8")
    dialog = window.inventory_menus.import_spoolman()
    dialog.load_file(path)
    assert dialog.ui.generalError.isVisible()
    assert "Not valid JSON" in dialog.ui.generalError.text()
    assert not dialog.import_button.isEnabled()


@pytest.mark.parametrize("entity", ["filaments", "products", "movements"])
def test_export_writes_the_entity(
    make_window: WindowFactory, demo_sqlite_db: Database, tmp_path: Path, entity: str
) -> None:
    window, _tab = open_inventory(make_window, demo_sqlite_db)
    assert window.inventory_menus.export_actions[entity].isEnabled()
    path = tmp_path / f"{entity}.csv"
    window.inventory_menus.export(entity, path)
    with path.open(encoding="utf-8") as stream:
        written = list(csv.DictReader(stream))
    assert written and f"Exported {len(written)} {entity}" in window.statusBar().currentMessage()
    assert not list(tmp_path.glob("*.part"))


def test_point_of_sale_export_and_menus(
    make_window: WindowFactory, demo_sqlite_db: Database, tmp_path: Path
) -> None:
    window, _tab = open_inventory(make_window, demo_sqlite_db)
    names = [a.objectName() for a in window.ui.menuFile.actions()]
    assert names.index("actionImportCsv") < names.index("actionLoadDemoData")
    path = tmp_path / "till.csv"
    window.inventory_menus.export_pos(path)
    with path.open(encoding="utf-8") as stream:
        header = next(csv.reader(stream))
    assert header[:3] == ["Item Name", "Variation Name", "SKU"]
