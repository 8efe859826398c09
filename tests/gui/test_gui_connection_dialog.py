"""The connection settings dialog: field messages, test connection, save without secrets."""

from __future__ import annotations

from pathlib import Path

from gui_helpers import WindowFactory
from pytestqt.qtbot import QtBot

from printshop_desktop import config
from printshop_desktop.config import Profile, ProfileBook, ProfileKind
from printshop_desktop.gui.dialogs.connection_dialog import ConnectionDialog
from printshop_desktop.gui.dialogs.profile_form import FILE, LOCAL, SERVER
from printshop_desktop.gui.runner import InlineRunner, Runner, ThreadRunner
from printshop_desktop.keychain import Keychain


def make_dialog(qtbot: QtBot, runner: Runner | None = None, **kwargs: object) -> ConnectionDialog:
    dialog = ConnectionDialog(runner or InlineRunner(), kwargs.pop("keychain", Keychain()),
                              **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def server_dialog(qtbot: QtBot, **kwargs: object) -> ConnectionDialog:
    dialog = make_dialog(qtbot, **kwargs)
    dialog.ui.addButton.click()
    ui = dialog.ui
    assert ui.kindCombo.currentIndex() == SERVER
    qtbot.keyClicks(ui.userEdit, "anna")
    return dialog


def test_opens_on_the_embedded_default(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    assert dialog.current_profile_name() == "This computer"
    assert dialog.ui.kindCombo.currentIndex() == LOCAL
    assert "printshop.sqlite3" in dialog.ui.localInfo.text()
    assert dialog.ui.activeLabel.text() == "In use: This computer"


def test_invalid_port_is_explained_next_to_the_field(qtbot: QtBot) -> None:
    dialog = server_dialog(qtbot)
    ui = dialog.ui
    ui.portEdit.clear()
    qtbot.keyClicks(ui.portEdit, "99999")
    assert ui.portError.isVisible()
    assert ui.portError.text() == "Port: use a number from 1 to 65535."
    ui.portEdit.clear()
    qtbot.keyClicks(ui.portEdit, "abc")
    assert ui.portError.text() == "Port: use a number from 1 to 65535."
    assert not dialog.save()
    ui.portEdit.clear()
    qtbot.keyClicks(ui.portEdit, "5433")
    assert not ui.portError.isVisible()


def test_empty_host_and_missing_file_are_explained(qtbot: QtBot) -> None:
    dialog = server_dialog(qtbot)
    ui = dialog.ui
    ui.hostEdit.clear()
    qtbot.keyClicks(ui.hostEdit, " ")
    assert ui.hostError.text().startswith("Host:")
    ui.kindCombo.setCurrentIndex(FILE)
    assert ui.kindStack.currentIndex() == FILE
    assert ui.pathError.isVisible() and ui.pathError.text().startswith("File:")


def test_save_writes_profiles_without_the_password(qtbot: QtBot) -> None:
    keychain = Keychain()
    dialog = server_dialog(qtbot, keychain=keychain)
    ui = dialog.ui
    ui.nameEdit.clear()
    qtbot.keyClicks(ui.nameEdit, "Workshop server")
    ui.hostEdit.clear()
    qtbot.keyClicks(ui.hostEdit, "shop-server.local")
    qtbot.keyClicks(ui.passwordEdit, "s3cret-Pa55")
    assert not ui.rememberCheck.isEnabled()  # the test keyring backend is the failing one
    assert "No OS keyring" in ui.keyringNote.text()
    assert dialog.save()
    text = config.profiles_path().read_text(encoding="utf-8")
    assert "s3cret-Pa55" not in text and "password" not in text.lower()
    book = config.load_profiles()
    saved = next(p for p in book.profiles if p.name == "Workshop server")
    assert (saved.kind, saved.host, saved.user) == (ProfileKind.POSTGRESQL, "shop-server.local",
                                                    "anna")
    assert saved.effective_sslmode == "require"
    assert keychain.get(saved.keyring_account) == "s3cret-Pa55"  # this session only


def test_duplicate_name_is_refused(qtbot: QtBot) -> None:
    dialog = server_dialog(qtbot)
    dialog.ui.nameEdit.clear()
    qtbot.keyClicks(dialog.ui.nameEdit, "This computer")
    assert dialog.ui.nameError.text() == "A profile named 'This computer' exists already."


def test_test_connection_runs_in_a_worker(
    thread_runner: ThreadRunner, qtbot: QtBot, demo_sqlite: Path
) -> None:
    dialog = make_dialog(qtbot, thread_runner)
    dialog.ui.kindCombo.setCurrentIndex(FILE)
    qtbot.keyClicks(dialog.ui.pathEdit, str(demo_sqlite))
    dialog.ui.testButton.click()
    assert dialog.ui.testResult.text() == "Testing…"
    qtbot.waitUntil(lambda: dialog.ui.testButton.isEnabled(), timeout=10_000)
    assert "up to date" in dialog.ui.testResult.text()


def test_test_connection_names_the_error_and_touches_nothing(
    qtbot: QtBot, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"garbage" * 100)
    missing = tmp_path / "later" / "new.sqlite3"
    dialog = make_dialog(qtbot)
    dialog.ui.kindCombo.setCurrentIndex(FILE)
    qtbot.keyClicks(dialog.ui.pathEdit, str(broken))
    dialog.test_connection()
    assert "not a PrintShop database or is damaged" in dialog.ui.testResult.text()
    assert broken.read_bytes() == b"garbage" * 100
    dialog.ui.pathEdit.setText(str(missing))
    dialog.test_connection()
    assert "does not exist yet" in dialog.ui.testResult.text()
    assert not missing.parent.exists()


def test_unreachable_server_is_named(qtbot: QtBot) -> None:
    dialog = server_dialog(qtbot)
    dialog.ui.hostEdit.setText("127.0.0.1")
    dialog.ui.portEdit.setText("1")
    dialog.test_connection()
    assert dialog.ui.testResult.text().startswith("Cannot reach the database")


def test_save_and_connect_reconnects_the_window(
    make_window: WindowFactory, tmp_path: Path
) -> None:
    window = make_window()
    window.start()
    dialog = window.open_connection_settings()
    dialog.ui.addButton.click()
    dialog.ui.nameEdit.setText("Second shop")
    dialog.ui.kindCombo.setCurrentIndex(FILE)
    dialog.ui.pathEdit.setText(str(tmp_path / "second.sqlite3"))
    dialog.ui.pathEdit.textEdited.emit(dialog.ui.pathEdit.text())
    dialog.ui.connectButton.click()
    assert config.load_profiles().active == "Second shop"
    assert str(tmp_path / "second.sqlite3") in window.status.database_label.text()
    assert window.status.state_text() == "Connected"
    assert window.ui.actionLoadDemoData.isEnabled()


def test_remove_keeps_at_least_one_profile(qtbot: QtBot) -> None:
    book = ProfileBook(profiles=[Profile(name="A"), Profile(name="B", path="/tmp/b.sqlite3")],
                       active="A")
    dialog = make_dialog(qtbot, book=book)
    assert dialog.ui.removeButton.isEnabled()
    dialog.ui.removeButton.click()
    assert [p.name for p in dialog.book.profiles] == ["B"]
    assert not dialog.ui.removeButton.isEnabled()
