"""Screenshots of every screen, saved to ``screenshots/`` (gitignored) to be looked at."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_helpers import WindowFactory, show_shop
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from printshop_desktop import config
from printshop_desktop.config import Profile, ProfileBook, ProfileKind
from printshop_desktop.db.database import Database
from printshop_desktop.gui.dialogs.profile_form import SERVER

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"


def save(widget: QWidget, name: str) -> Path:
    SCREENSHOTS.mkdir(exist_ok=True)
    QApplication.processEvents()
    path = SCREENSHOTS / f"{name}.png"
    assert widget.grab().save(str(path))
    assert path.stat().st_size > 10_000
    return path


def test_screenshots_of_the_four_tabs(
    make_window: WindowFactory, demo_sqlite_db: Database
) -> None:
    window = make_window()
    assert (window.width(), window.height()) == (1280, 800)
    show_shop(window, demo_sqlite_db)
    names = ("catalog", "inventory", "print_queue", "events")
    for number, name in enumerate(names):
        window.ui.tabs.setCurrentIndex(number)
        save(window, f"{number + 1}_{name}")
    window.ui.tabs.setCurrentIndex(1)
    window.inventory.show_products()
    save(window, "2b_inventory_products")
    window.ui.tabs.setCurrentIndex(0)
    table = window.catalog.tables()[0]
    table.ui.filterEdit.setText("fox")
    table.select_first()
    assert window.catalog.ui.sellingValue.text().startswith("Not allowed")
    save(window, "1b_catalog_filtered_not_for_sale")


def test_screenshot_of_the_settings_dialog(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    server = Profile(name="Workshop server", kind=ProfileKind.POSTGRESQL,
                     host="shop-server.local", user="anna", database="printshop")
    config.save_profiles(ProfileBook(profiles=[Profile(name="This computer"), server],
                                     active="This computer"))
    window = make_window()
    dialog = window.open_connection_settings()
    qtbot.waitExposed(dialog)
    save(dialog, "5_connection_settings")
    dialog.ui.profileList.setCurrentRow(1)
    assert dialog.ui.kindCombo.currentIndex() == SERVER
    dialog.ui.portEdit.setText("70000")
    dialog.ui.portEdit.textEdited.emit("70000")
    assert dialog.ui.portError.isVisible()
    save(dialog, "5b_connection_settings_server")
    dialog.reject()


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_screenshot_of_the_first_run_offer(
    make_window: WindowFactory, database: Database
) -> None:
    window = make_window()
    show_shop(window, database, empty=True)
    save(window, "6_first_run_offer")


def test_screenshot_of_a_connection_problem(make_window: WindowFactory, tmp_path: Path) -> None:
    path = tmp_path / "broken.sqlite3"
    path.write_bytes(b"not a database" * 300)
    config.save_profiles(ProfileBook(
        profiles=[Profile(name="Broken", path=str(path))], active="Broken"))
    window = make_window()
    window.start()
    save(window, "7_connection_problem")


def test_screenshot_of_the_password_prompt(make_window: WindowFactory, qtbot: QtBot) -> None:
    server = Profile(name="Workshop server", kind=ProfileKind.POSTGRESQL, host="127.0.0.1",
                     port=1, user="anna", database="printshop")
    config.save_profiles(ProfileBook(profiles=[server], active=server.name))
    window = make_window()
    window.start()
    dialog = window.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    save(dialog, "8_password_prompt")
    dialog.close()
