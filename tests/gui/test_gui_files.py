"""Files dropped onto the real Catalog, on SQLite and PostgreSQL: records, report, detail panel."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_files_helpers import SAMPLES, box_stl, corrupt_stl, drop, model_zip, two_tool_gcode
from gui_helpers import WindowFactory, show_shop
from PySide6.QtCore import QUrl
from pytestqt.qtbot import QtBot

from printshop_desktop.db.database import Database
from printshop_desktop.gui.files.import_job import ImportJob
from printshop_desktop.gui.files.preview import NO_GL_NOTE
from printshop_desktop.gui.main_window import MainWindow
from printshop_desktop.gui.table_model import Role
from printshop_desktop.services import catalog
from printshop_desktop.storage import LocalFolderStore

WAIT_MS = 15_000


def files_window(make_window: WindowFactory, database: Database, store_root: Path) -> MainWindow:
    window = make_window()
    show_shop(window, database)
    window.files.file_store.use(LocalFolderStore(store_root))
    return window


def last_job(window: MainWindow, qtbot: QtBot) -> ImportJob:
    assert window.files.jobs, "no import started"
    qtbot.waitUntil(lambda: bool(window.files.jobs) and window.files.jobs[-1].done, timeout=WAIT_MS)
    return window.files.jobs[-1]


def select_model(window: MainWindow, name: str) -> None:
    table = window.tabs[0].tables()[0]
    table.filter_edit.setText(name)
    for row in range(table.proxy.rowCount()):
        if table.proxy.index(row, 0).data() == name:
            table.view.setCurrentIndex(table.proxy.index(row, 0))
            return
    raise AssertionError(f"no model named {name!r}")


def test_dropped_files_become_models_and_a_corrupt_one_is_reported(
    make_window: WindowFactory, demo_database: Database, qtbot: QtBot, tmp_path: Path
) -> None:
    window = files_window(make_window, demo_database, tmp_path / "store")
    box = box_stl(tmp_path / "Desk Box.stl")
    gcode = two_tool_gcode(tmp_path / "Desk Box_0.2mm.gcode")
    bad = corrupt_stl(tmp_path / "broken.stl")
    pack = model_zip(tmp_path / "Gear pack.zip", box_stl(tmp_path / "gear.stl", scale=2))
    table = window.tabs[0].tables()[0]
    table.filter_edit.setText(catalog.list_models.__name__)  # nothing matches: empty table
    table.filter_edit.setText("")
    table.filter_edit.setText("Hex Planter")  # one row, space below it
    drop(table.view, [box, gcode, bad, pack])
    report = last_job(window, qtbot).report
    assert len(report.added) == 3, report.lines()
    assert report.problems == [
        "broken.stl: could not be read: " + report.problems[0].split(": ", 2)[2]
    ]
    assert "not added" in window.banner.ui.titleLabel.text()
    with demo_database.session() as session:
        names = {row.name for row in catalog.list_models(session)}
    assert {"Desk Box", "Desk Box_0.2mm", "Gear pack"} <= names

    select_model(window, "Gear pack")
    section = window.files.section
    qtbot.waitUntil(lambda: section.model.rowCount() == 1, timeout=WAIT_MS)
    assert section.current_file().name == "gear.stl"
    assert section.ui.meshValue.text() == "20 × 40 × 60 mm · 12 triangles"
    label = section.ui.thumbnailLabel
    qtbot.waitUntil(lambda: not label.pixmap().isNull(), timeout=WAIT_MS)

    drop(table.view, [box], row=0)  # onto "Gear pack": added to it
    report = last_job(window, qtbot).report
    assert report.duplicates == ["Desk Box.stl: already in the library as Desk Box.stl"]
    qtbot.waitUntil(lambda: section.model.rowCount() == 2, timeout=WAIT_MS)


def test_sliced_file_dropped_on_a_variant_fills_its_filament_needs(
    make_window: WindowFactory, demo_database: Database, qtbot: QtBot, tmp_path: Path
) -> None:
    window = files_window(make_window, demo_database, tmp_path / "store")
    select_model(window, "Hex Planter")
    variants = window.tabs[0].ui.variantView
    qtbot.waitUntil(lambda: variants.model().rowCount() > 0, timeout=WAIT_MS)
    variant = variants.model().index(0, 0).data(Role.OBJECT)
    drop(variants, [two_tool_gcode(tmp_path / "planter.gcode")], row=0)
    qtbot.waitUntil(lambda: window.files.catalog.dialog is not None, timeout=WAIT_MS)
    dialog = window.files.catalog.dialog
    assert dialog.ui.timeValue.text() == "2h 03m"
    chosen = [(r.choice().label, r.grams.value()) for r in dialog.rows]
    assert chosen == [("Bambu Lab PLA Orange", 12.34), ("eSun PETG Red", 1.56)]
    assert "version 1" in dialog.ui.versionValue.text().lower()
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    with demo_database.session() as session:
        (saved,) = [v for v in catalog.list_variants(session) if v.id == variant.id]
    assert saved.filament_g == pytest.approx(13.9)
    assert saved.print_time_s == 7384


def test_show_3d_falls_back_to_a_picture_and_files_open_and_export(
    make_window: WindowFactory, demo_sqlite_db: Database, qtbot: QtBot, tmp_path: Path
) -> None:
    window = files_window(make_window, demo_sqlite_db, tmp_path / "store")
    table = window.tabs[0].tables()[0]
    select_model(window, "Hex Planter")
    drop(table.view, [box_stl(tmp_path / "planter.stl")], row=0)
    last_job(window, qtbot)
    section = window.files.section
    qtbot.waitUntil(lambda: section.model.rowCount() == 1, timeout=WAIT_MS)
    assert section.ui.show3dButton.isEnabled()
    section.ui.show3dButton.click()
    assert section.ui.previewNote.text() == NO_GL_NOTE
    qtbot.waitUntil(
        lambda: section.preview.thumbnails.pixmap(section.current_file().sha256, 512) is not None,
        timeout=WAIT_MS,
    )
    assert not section.preview.showing_3d()

    opened: list[QUrl] = []
    window.files.downloads.opener = lambda url: opened.append(url) or True
    section.ui.openButton.click()
    qtbot.waitUntil(lambda: bool(opened), timeout=WAIT_MS)
    opened_path = Path(opened[0].toLocalFile())
    assert opened_path.name == "planter.stl"
    assert opened_path.read_bytes() == (tmp_path / "planter.stl").read_bytes()
    target = tmp_path / "exported" / "copy.stl"
    target.parent.mkdir()
    window.files.export(section.current_file(), target)
    qtbot.waitUntil(target.exists, timeout=WAIT_MS)
    assert target.read_bytes() == opened_path.read_bytes()


@pytest.mark.skipif(not SAMPLES.is_dir(), reason="shared samples not present")
def test_real_sample_files_import_with_their_metadata(
    make_window: WindowFactory, demo_sqlite_db: Database, qtbot: QtBot, tmp_path: Path
) -> None:
    window = files_window(make_window, demo_sqlite_db, tmp_path / "store")
    table = window.tabs[0].tables()[0]
    sources = [
        SAMPLES / "gcode",
        SAMPLES / "bgcode" / "mini_cube_b.bgcode",
        SAMPLES / "mesh" / "20mm-xyz-cube.stl",
        SAMPLES / "bad",
    ]
    drop(table.view, sources, row=0, shift=True)  # Shift: new models, not the row's
    report = last_job(window, qtbot).report
    assert len(report.added) == 7, report.lines()
    assert len(report.problems) == 4 and all("could not be read" in p for p in report.problems)
    select_model(window, "gcode")
    section = window.files.section
    qtbot.waitUntil(lambda: section.model.rowCount() == 5, timeout=WAIT_MS)
    for row in range(5):
        section.ui.filesView.selectRow(row)
        if section.current_file().name == "prusaslicer.gcode":
            break
    assert section.ui.slicerValue.text() == "PrusaSlicer 2.4.0-alpha1+win64"
    assert section.ui.timeValue.text() == "8m 56s"
    assert "ABS: 0.5 g" in section.ui.filamentValue.text()
    assert "#A768DF" in section.ui.filamentValue.text()


def test_files_dropped_on_a_grid_card_go_to_that_model(
    make_window: WindowFactory, demo_database: Database, qtbot: QtBot, tmp_path: Path
) -> None:
    window = files_window(make_window, demo_database, tmp_path / "store")
    tab = window.tabs[0]
    tab.tables()[0].filter_edit.setText("Hex Planter")
    tab.view_switch.set_mode(1)  # the grid of pictures
    qtbot.waitUntil(lambda: tab.grid.isVisible() and tab.grid.model().rowCount() == 1)
    planter = tab.grid.model().index(0, 0).data(Role.OBJECT)
    drop(tab.grid, [box_stl(tmp_path / "planter.stl")], row=0)
    report = last_job(window, qtbot).report
    assert report.models == {planter.id} and report.added == ["planter.stl: stored"]


def test_an_upload_cut_short_by_a_crash_is_sent_at_the_next_start(
    make_window: WindowFactory, demo_database: Database, qtbot: QtBot, tmp_path: Path
) -> None:
    from printshop_desktop.services import library

    path = box_stl(tmp_path / "left behind.stl")
    store = LocalFolderStore(tmp_path / "store")
    sha = __import__("hashlib").sha256(path.read_bytes()).hexdigest()
    with demo_database.session() as session:  # recorded, then the app died mid-upload
        library.reserve(
            session, store, path, sha256=sha, size=path.stat().st_size, name=path.name, info=None
        )
    window = files_window(make_window, demo_database, tmp_path / "store")

    def stored() -> bool:
        with demo_database.session() as session:
            found = library.find_by_sha(session, sha)
        return found is not None and found.state == "stored"

    qtbot.waitUntil(stored, timeout=WAIT_MS)  # sent to the store open when the shop opened
    assert window.files.resumed == {sha}
