"""Helpers for the Catalog GUI tests (imported by name, like gui_helpers)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox

from printshop_desktop.db.database import Database
from printshop_desktop.files import thumbnail
from printshop_desktop.gui.files.import_job import THUMBNAIL_SIZE, thumbnails_dir
from printshop_desktop.gui.main_window import MainWindow
from printshop_desktop.gui.table_model import Role
from printshop_desktop.services import catalog, library, model_files
from printshop_desktop.storage import LocalFolderStore

SAMPLES = Path(__file__).resolve().parents[2].parent / "shared" / "samples"
#: Demo models and the sample file each gets as its picture.
COVERS = {
    "Moon Lamp": "mesh/sphere.3mf",
    "Pumpkin Bowl": "mesh/teapot.stl",
    "Fidget Gear Cube": "mesh/cube_gears.3mf",
    "Baby Dragon Egg": "mesh/capsule.obj",
    "Infinity Cube": "mesh/20mm-xyz-cube.stl",
    "Dice Set Box": "mesh/box_prod.3mf",
}


def press_save(dialog: QDialog) -> None:
    """Click the dialog's Save button."""
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()


def select_model(window: MainWindow, name: str) -> None:
    """Make the model called ``name`` current in the catalog table."""
    table = window.catalog.ui.modelTable
    for number in range(table.proxy.rowCount()):
        index = table.proxy.index(number, 0)
        if index.data(Role.OBJECT).name == name:
            table.view.setCurrentIndex(index)
            return
    raise AssertionError(f"{name!r} is not in the catalog table")


def shown_names(window: MainWindow) -> list[str]:
    """Names of the models the table shows, in order."""
    proxy = window.catalog.ui.modelTable.proxy
    return [proxy.index(n, 0).data() for n in range(proxy.rowCount())]


def attach_covers(database: Database, store_root: Path) -> LocalFolderStore:
    """Store the sample files, attach them to demo models and draw their thumbnails into the
    cache, as a drop onto the catalog would."""
    store = LocalFolderStore(store_root)
    with database.session() as session:
        models = {row.name: row.id for row in catalog.list_models(session)}
        for name, sample in COVERS.items():
            path = SAMPLES / sample
            added = library.add_file(session, store, path)
            model_files.attach_file(session, models[name], added.file.id)
            thumbnail(path, THUMBNAIL_SIZE, thumbnails_dir())
    return store
