"""Screenshots of the file features for people to look at (``screenshots/files_*.png``).

Offscreen this shows the picture fallback of "Show 3D"; run with a display that has OpenGL
(e.g. ``xvfb-run``) to capture the interactive view.
"""

from __future__ import annotations

import random
from pathlib import Path

from gui_files_helpers import drop, two_tool_gcode
from gui_helpers import WindowFactory, show_shop
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from printshop_desktop.db.database import Database
from printshop_desktop.gui.files.upload_item import UploadStatus
from printshop_desktop.gui.table_model import Role
from printshop_desktop.storage import LocalFolderStore, StoredObject

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
WAIT_MS = 20_000


class SlowStore(LocalFolderStore):
    """A local store that reports progress slowly, so the panel is caught mid-upload."""

    def put(self, path, sha256=None, progress=None, cancel=None) -> StoredObject:
        size = Path(path).stat().st_size
        for step in range(1, 4):
            if progress is not None:
                progress(size * step // 8, size)
        return super().put(path, sha256, None, cancel)


def test_screenshots_of_files(
    make_window: WindowFactory, demo_sqlite_db: Database, qtbot: QtBot, tmp_path: Path
) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    window = make_window()
    window.resize(1400, 900)
    show_shop(window, demo_sqlite_db)
    window.files.file_store.use(LocalFolderStore(tmp_path / "store"))
    from gui_files_helpers import box_stl
    from test_gui_files import select_model  # the same helper as the behaviour tests

    select_model(window, "Hex Planter")
    table = window.tabs[0].tables()[0]
    drop(
        table.view,
        [
            box_stl(tmp_path / "hex planter body.stl", scale=3),
            two_tool_gcode(tmp_path / "hex planter_0.2mm_PLA+PETG.gcode"),
        ],
        row=0,
    )
    qtbot.waitUntil(lambda: window.files.jobs and window.files.jobs[-1].done, timeout=WAIT_MS)
    section = window.files.section
    qtbot.waitUntil(lambda: section.model.rowCount() == 2, timeout=WAIT_MS)
    for row in range(2):
        section.ui.filesView.selectRow(row)
        if section.current_file().name.endswith(".stl"):
            break
    label = section.ui.thumbnailLabel
    qtbot.waitUntil(lambda: not label.pixmap().isNull(), timeout=WAIT_MS)
    window.banner.clear()
    window.files.dock.hide()
    window.grab().save(str(SCREENSHOTS / "files_1_catalog_detail.png"))

    section.ui.show3dButton.click()
    sha = section.current_file().sha256
    qtbot.waitUntil(
        lambda: (
            section.preview.showing_3d() or section.preview.thumbnails.pixmap(sha, 512) is not None
        ),
        timeout=WAIT_MS,
    )
    qtbot.wait(300)
    window.tabs[0].ui.detailPanel.grab().save(str(SCREENSHOTS / "files_2_preview.png"))

    variants = window.tabs[0].ui.variantView
    qtbot.waitUntil(lambda: variants.model().rowCount() > 0, timeout=WAIT_MS)
    drop(variants, [tmp_path / "hex planter_0.2mm_PLA+PETG.gcode"], row=0)
    qtbot.waitUntil(lambda: window.files.catalog.dialog is not None, timeout=WAIT_MS)
    dialog = window.files.catalog.dialog
    qtbot.waitExposed(dialog)
    dialog.grab().save(str(SCREENSHOTS / "files_3_sliced_file_dialog.png"))
    dialog.reject()

    window.files.dock.show()
    slow = SlowStore(tmp_path / "slow")
    earlier = len(window.files.uploads.items)
    for number in range(3):
        path = tmp_path / f"dragon_part_{number}.3mf"
        path.write_bytes(random.Random(number).randbytes(3_000_000 + number * 900_000))
        item = window.files.uploads.enqueue(
            slow, path, path.name, "0" * 63 + str(number), path.stat().st_size
        )
        item.token.pause() if number == 2 else None
    qtbot.waitUntil(
        lambda: all(not i.status.active for i in window.files.uploads.items), timeout=WAIT_MS
    )
    items = window.files.uploads.items[earlier:]
    items[0].set_status(UploadStatus.UPLOADING)
    items[0].progress(items[0].size * 5 // 8, items[0].size)
    window.files.panel.model.refresh()
    window.files.panel.select_row(earlier)
    assert window.files.panel.model.index(earlier, 0).data(Role.OBJECT).status is (
        UploadStatus.UPLOADING
    )
    window.banner.clear()
    window.resizeDocks([window.files.dock], [260], Qt.Orientation.Vertical)
    qtbot.wait(50)
    window.grab().save(str(SCREENSHOTS / "files_4_uploads_panel.png"))
    items[0].set_status(UploadStatus.DONE)
    window.files.panel.model.refresh()

    storage = window.files.open_storage_settings()
    storage.ui.s3Radio.setChecked(True)
    storage.ui.endpointEdit.setText("https://0123456789abcdef.r2.cloudflarestorage.com")
    storage.ui.bucketEdit.setText("makers-corner-files")
    storage.ui.keyIdEdit.setText("3f2a9c0e7b1d")
    storage.ui.secretEdit.setText("not-a-real-secret")
    storage.ui.resultLabel.setText(
        "<span style='color:#b3261e'>The storage refused the access key. Check the key id "
        "and secret.</span>"
    )
    qtbot.waitExposed(storage)
    storage.grab().save(str(SCREENSHOTS / "files_5_storage_settings.png"))
    storage.reject()
