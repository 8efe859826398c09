"""Bad profiles get a clear message in the window; the app stays usable; nothing is changed."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from gui_helpers import WindowFactory
from pytestqt.qtbot import QtBot

from printshop_desktop import config
from printshop_desktop.config import Profile, ProfileBook, ProfileKind
from printshop_desktop.gui.dialogs.connection_dialog import ConnectionDialog
from printshop_desktop.gui.dialogs.password_dialog import PasswordDialog
from printshop_desktop.gui.main_window import MainWindow
from printshop_desktop.gui.runner import ThreadRunner

GARBAGE = b"this is not an SQLite database, just some bytes\x00\xff" * 80


def use_profile(profile: Profile) -> None:
    config.save_profiles(ProfileBook(profiles=[profile], active=profile.name))


def closed_port_profile() -> Profile:
    return Profile(name="Shop server", kind=ProfileKind.POSTGRESQL, host="127.0.0.1", port=1,
                   database="shop", user="anna")


def answer_password(window: MainWindow, password: str = "secret") -> PasswordDialog:
    dialog = window.dialog
    assert isinstance(dialog, PasswordDialog) and dialog.isVisible()
    dialog.ui.passwordEdit.setText(password)
    dialog.accept()
    return dialog


def assert_settings_reachable(window: MainWindow) -> None:
    assert "Connection settings…" in window.banner.button_texts()
    window.banner.click("Connection settings…")
    assert isinstance(window.dialog, ConnectionDialog) and window.dialog.isVisible()
    window.dialog.reject()


def test_unreachable_server_says_offline(make_window: WindowFactory) -> None:
    use_profile(closed_port_profile())
    window = make_window()
    window.start()
    dialog = window.dialog
    assert isinstance(dialog, PasswordDialog)
    assert "No OS keyring" in dialog.ui.keyringNote.text()
    assert "this session only" in dialog.ui.keyringNote.text()
    assert not dialog.ui.rememberCheck.isEnabled()
    answer_password(window)
    assert window.banner.isVisible()
    assert window.banner.ui.titleLabel.text() == "Cannot reach the database"
    assert "127.0.0.1:1" in window.banner.ui.messageLabel.text()
    assert "secret" not in window.banner.ui.messageLabel.text()
    assert window.status.state_text() == "Offline — cannot reach server"
    assert "message above the tabs" in window.tabs[0].tables()[0].ui.emptyLabel.text()
    assert_settings_reachable(window)
    window.banner.click("Try again")  # the password typed is kept for this session
    assert window.banner.ui.titleLabel.text() == "Cannot reach the database"
    assert window.status.state_text() == "Offline — cannot reach server"


def test_unreachable_server_with_the_real_worker(
    thread_runner: ThreadRunner, make_window: WindowFactory, qtbot: QtBot
) -> None:
    use_profile(closed_port_profile())
    window = make_window(thread_runner)
    window.start()
    qtbot.waitUntil(lambda: isinstance(window.dialog, PasswordDialog))
    answer_password(window)
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=10_000)
    assert window.status.state_text() == "Offline — cannot reach server"


def test_refused_password_prompt(make_window: WindowFactory) -> None:
    use_profile(closed_port_profile())
    window = make_window()
    window.start()
    window.dialog.reject()
    assert window.banner.ui.titleLabel.text() == "No password given"
    window.banner.click("Enter password…")
    answer_password(window)
    assert window.banner.ui.titleLabel.text() == "Cannot reach the database"


def test_corrupt_sqlite_file_is_reported_and_left_alone(
    make_window: WindowFactory, tmp_path: Path
) -> None:
    folder = tmp_path / "shop"
    folder.mkdir()
    path = folder / "broken.sqlite3"
    path.write_bytes(GARBAGE)
    use_profile(Profile(name="Broken", kind=ProfileKind.SQLITE, path=str(path)))
    window = make_window()
    window.start()
    assert window.banner.isVisible()
    assert "damaged" in window.banner.ui.titleLabel.text()
    assert "left exactly as it was" in window.banner.ui.messageLabel.text()
    assert window.status.state_text() == "Not connected"
    assert_settings_reachable(window)
    window.banner.click("Try again")
    assert path.read_bytes() == GARBAGE
    assert sorted(folder.iterdir()) == [path]


def test_database_from_a_newer_app_is_refused_untouched(
    make_window: WindowFactory, tmp_path: Path
) -> None:
    path = tmp_path / "newer.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
    connection.execute("INSERT INTO alembic_version VALUES ('9999_future_revision')")
    connection.commit()
    connection.close()
    before = dump(path)
    use_profile(Profile(name="Newer", kind=ProfileKind.SQLITE, path=str(path)))
    window = make_window()
    window.start()
    assert window.banner.ui.titleLabel.text() == "The database belongs to a newer PrintShop"
    # db.engine turns WAL on as it connects, which rewrites the file header; the content stays.
    assert dump(path) == before


def dump(path: Path) -> list[str]:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()
