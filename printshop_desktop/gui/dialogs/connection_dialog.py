"""Connection settings: edit the profiles, test one, save them, and connect to one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QListWidgetItem, QWidget

from ... import config
from ...config import Profile, ProfileBook, ProfileError, ProfileKind
from ...keychain import Keychain
from ..connection_probe import probe
from ..forms.ui_connection_dialog import Ui_ConnectionDialog
from ..runner import Lane, Runner
from .keyring_note import keyring_note
from .profile_form import ProfileForm

OK_STYLE = "color: #137333;"
FAIL_STYLE = "color: #b3261e;"


class ConnectionDialog(QDialog):
    """Lists this computer's profiles and edits the selected one.

    Valid edits go into a working copy at once; **Save** writes the profiles file (which has no
    password field) and puts typed passwords into the keychain; **Save and connect** also makes
    the profile active and emits :attr:`connect_requested`.
    """

    connect_requested = Signal()
    saved = Signal()

    def __init__(
        self,
        runner: Runner,
        keychain: Keychain,
        *,
        book: ProfileBook | None = None,
        profiles_path: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ConnectionDialog()
        self.ui.setupUi(self)
        self.runner = runner
        self.keychain = keychain
        self.profiles_path = profiles_path
        self.book = book or config.load_profiles(profiles_path)
        self.form = ProfileForm(self.ui)
        self._current = -1
        self._passwords: dict[str, tuple[str, bool]] = {}
        self._test_serial = 0
        self._loading = False
        self._setup_keyring()
        self._connect_signals()
        self._fill_list(select=self._active_index())

    # -- public ------------------------------------------------------------------------

    def current_profile_name(self) -> str:
        """The name of the profile being edited."""
        return self.book.profiles[self._current].name if self._current >= 0 else ""

    def save(self) -> bool:
        """Write the profiles and remember typed passwords; False when the form has errors."""
        if not self._apply_form():
            return False
        self._stash_password()
        try:
            config.save_profiles(self.book, self.profiles_path)
        except OSError as error:
            self.form.show_errors({"general": f"Could not save the profiles: {error}"})
            return False
        for account, (password, remember) in self._passwords.items():
            self.keychain.set(account, password, remember=remember)
        self._passwords.clear()
        self._fill_list(select=self._current)
        self.saved.emit()
        return True

    def save_and_connect(self) -> None:
        """Make the edited profile active, save, and ask the window to reconnect."""
        if not self._apply_form():
            return
        self.book.active = self.current_profile_name()
        if self.save():
            self.connect_requested.emit()
            self.accept()

    def test_connection(self) -> None:
        """Check the edited profile in the background and say what was found."""
        result = self.form.read()
        self.form.show_errors(result.errors)
        if result.profile is None:
            self._show_test("Fix the fields marked in red first.", ok=False)
            return
        profile = result.profile
        url = profile.url(self._password_for(profile))
        self._test_serial += 1
        serial = self._test_serial
        self.ui.testButton.setEnabled(False)
        self._show_test("Testing…", ok=True)

        def done(message: str) -> None:
            if serial == self._test_serial:
                self.ui.testButton.setEnabled(True)
                self._show_test(message, ok=True)

        def failed(error: Exception) -> None:
            if serial == self._test_serial:
                self.ui.testButton.setEnabled(True)
                self._show_test(str(error), ok=False)

        self.runner.run(lambda: probe(url), done, failed, lane=Lane.BACKGROUND)

    # -- setup -------------------------------------------------------------------------

    def _setup_keyring(self) -> None:
        available = self.keychain.available()
        self.ui.rememberCheck.setEnabled(available)
        self.ui.rememberCheck.setChecked(available)
        self.ui.keyringNote.setText(keyring_note(available))

    def _connect_signals(self) -> None:
        ui = self.ui
        ui.profileList.currentRowChanged.connect(self._on_row_changed)
        ui.kindCombo.currentIndexChanged.connect(ui.kindStack.setCurrentIndex)
        for edit in (ui.nameEdit, ui.pathEdit, ui.hostEdit, ui.portEdit, ui.databaseEdit,
                     ui.userEdit):
            edit.textEdited.connect(self._on_edited)
        ui.kindCombo.currentIndexChanged.connect(self._on_edited)
        ui.sslCombo.currentIndexChanged.connect(self._on_edited)
        ui.addButton.clicked.connect(self._add_profile)
        ui.removeButton.clicked.connect(self._remove_profile)
        ui.browseButton.clicked.connect(self._browse)
        ui.testButton.clicked.connect(self.test_connection)
        ui.saveButton.clicked.connect(self.save)
        ui.connectButton.clicked.connect(self.save_and_connect)
        ui.closeButton.clicked.connect(self.reject)

    # -- list --------------------------------------------------------------------------

    def _active_index(self) -> int:
        names = [p.name for p in self.book.profiles]
        active = self.book.active_profile().name
        return names.index(active) if active in names else 0

    def _fill_list(self, select: int) -> None:
        self._loading = True
        self.ui.profileList.clear()
        active = self.book.active_profile().name
        for profile in self.book.profiles:
            text = f"{profile.name}  (in use)" if profile.name == active else profile.name
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, profile.name)
            self.ui.profileList.addItem(item)
        self.ui.activeLabel.setText(f"In use: {active}")
        self._loading = False
        self._current = -1
        self.ui.profileList.setCurrentRow(max(0, min(select, len(self.book.profiles) - 1)))
        self.ui.removeButton.setEnabled(len(self.book.profiles) > 1)

    def _on_row_changed(self, row: int) -> None:
        if self._loading or row < 0:
            return
        if self._current >= 0 and row != self._current:
            self._apply_form()
            self._stash_password()
        self._current = row
        self._loading = True
        self.form.write(self.book.profiles[row])
        self._loading = False
        self.form.show_errors({})
        self._show_test("", ok=True)

    def _add_profile(self) -> None:
        names = {p.name for p in self.book.profiles}
        name = next(f"New profile {n}" for n in range(1, 1000) if f"New profile {n}" not in names)
        self._apply_form()
        self.book.profiles.append(Profile(name=name, kind=ProfileKind.POSTGRESQL))
        self._fill_list(select=len(self.book.profiles) - 1)
        self.ui.nameEdit.setFocus()
        self.ui.nameEdit.selectAll()

    def _remove_profile(self) -> None:
        if self._current < 0 or len(self.book.profiles) <= 1:
            return
        self.book.remove(self.current_profile_name())
        self._fill_list(select=self._current - 1)

    # -- form --------------------------------------------------------------------------

    def _on_edited(self, *_: object) -> None:
        if not self._loading:
            self._apply_form()

    def _apply_form(self) -> bool:
        """Validate the fields; a valid profile replaces the selected one in the working copy."""
        if self._current < 0:
            return True
        result = self.form.read()
        self.form.show_errors(result.errors)
        if result.profile is None:
            return False
        previous = self.book.profiles[self._current].name
        others = [p.name for n, p in enumerate(self.book.profiles) if n != self._current]
        if result.profile.name in others:  # ProfileBook.upsert would let a rename duplicate it
            self.form.show_errors(
                {"name": f"A profile named {result.profile.name!r} exists already."}
            )
            return False
        try:
            self.book.upsert(result.profile, previous_name=previous)
        except ProfileError as error:
            self.form.show_errors({"name": str(error)})
            return False
        item = self.ui.profileList.item(self._current)
        if item is not None:
            in_use = result.profile.name == self.book.active
            item.setText(f"{result.profile.name}  (in use)" if in_use else result.profile.name)
        return True

    def _stash_password(self) -> None:
        """Keep a typed password (not yet saved) under the profile's keyring account."""
        password = self.ui.passwordEdit.text()
        if not password or self._current < 0:
            return
        profile = self.book.profiles[self._current]
        if profile.kind is ProfileKind.POSTGRESQL:
            remember = self.ui.rememberCheck.isEnabled() and self.ui.rememberCheck.isChecked()
            self._passwords[profile.keyring_account] = (password, remember)

    def _password_for(self, profile: Profile) -> str | None:
        if profile.kind is not ProfileKind.POSTGRESQL:
            return None
        typed = self.ui.passwordEdit.text()
        if typed:
            return typed
        stashed = self._passwords.get(profile.keyring_account)
        return stashed[0] if stashed else self.keychain.get(profile.keyring_account)

    def _browse(self) -> None:
        start = self.ui.pathEdit.text() or str(Path.home())
        path, _ = QFileDialog.getSaveFileName(
            self, "Database file", start, "PrintShop database (*.sqlite3);;All files (*)",
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.ui.pathEdit.setText(path)
            self._apply_form()

    def _show_test(self, message: str, *, ok: bool) -> None:
        self.ui.testResult.setText(message)
        self.ui.testResult.setStyleSheet(OK_STYLE if ok else FAIL_STYLE)

