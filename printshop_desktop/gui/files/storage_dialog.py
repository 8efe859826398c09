"""File ▸ Storage settings…: a local folder, or a Cloudflare R2 / S3 bucket, with Test connection.

The choice (kind, folder, endpoint, bucket, region) is saved in ``storage.json``; the access
key id and secret only through ``store_config.save_keys`` into the OS keyring. Without a
keyring the keys are kept for this session only, and the dialog says so. Testing and saving
run in the background lane (the keyring and the network may be slow); errors are shown by
their message, which never holds a secret.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from ... import store_config
from ...keychain import Keychain
from ...storage import LocalFolderStore, S3Settings, StoreMisconfigured
from ...store_config import StoreChoice
from ..forms.ui_storage_dialog import Ui_StorageDialog
from ..runner import Lane, Runner

OK_COLOUR, BAD_COLOUR = "#137333", "#b3261e"


@dataclass(frozen=True)
class KeysEntered:
    """Keys typed into the dialog (never written anywhere but the keyring)."""

    key_id: str
    secret: str = ""

    def __repr__(self) -> str:
        return f"KeysEntered(key_id={self.key_id!r}, secret=***)"


def settings_for(choice: StoreChoice, keys: KeysEntered, keychain: Keychain) -> S3Settings:
    """Bucket settings from the typed keys, else from the keyring."""
    if keys.key_id and keys.secret:
        return S3Settings(
            choice.endpoint_url, choice.bucket, keys.key_id, keys.secret, choice.region or "auto"
        )
    return store_config.s3_settings(choice, keychain)


def test_store(choice: StoreChoice, keys: KeysEntered, keychain: Keychain) -> str:
    """Worker: reach the store and say where it is, or raise a named StorageError."""
    if choice.kind == "local":
        store = LocalFolderStore(choice.local_root)
        store.check()
        return store.describe()
    with tempfile.TemporaryDirectory() as journal:
        from ...storage import S3Store  # boto3 loads only when a bucket is tested

        s3 = S3Store(settings_for(choice, keys, keychain), journal_dir=Path(journal))
        s3.check()
        return s3.describe()


def save_settings(
    choice: StoreChoice, keys: KeysEntered, keychain: Keychain, path: Path | None = None
) -> bool:
    """Worker: save the choice, and the keys in the keyring; False if kept for this session."""
    remembered = True
    if choice.kind == "s3":
        if not choice.endpoint_url or not choice.bucket:
            raise StoreMisconfigured("Enter the bucket's endpoint and name.")
        if keys.key_id and keys.secret:
            remembered = store_config.save_keys(choice, keychain, keys.key_id, keys.secret)
    store_config.save_choice(choice, path)
    return remembered


class StorageDialog(QDialog):
    """Edits the store choice; :attr:`saved` carries the new :class:`StoreChoice`."""

    saved = Signal(object)

    def __init__(
        self,
        runner: Runner,
        keychain: Keychain,
        choice: StoreChoice,
        parent: QWidget | None = None,
        choice_path: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_StorageDialog()
        self.ui.setupUi(self)
        self.runner, self.keychain, self.choice_path = runner, keychain, choice_path
        self.remembered = True
        ui = self.ui
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        ui.testButton.clicked.connect(self.test_connection)
        ui.browseButton.clicked.connect(self._browse)
        ui.localRadio.toggled.connect(self._on_kind)
        default = StoreChoice().local_root
        ui.folderHint.setText(f"Leave empty for the default folder: {default}")
        ui.folderEdit.setPlaceholderText(str(default))
        if keychain.available():
            ui.keyringLabel.setText("The key is kept in this computer's keyring, never in a file.")
        else:
            ui.keyringLabel.setText(
                "This computer has no keyring: the key is kept only until the app closes, and "
                "you will be asked for it again next time."
            )
        self._load(choice)

    def choice(self) -> StoreChoice:
        """What the fields say (no secret in it)."""
        ui = self.ui
        return StoreChoice(
            kind="local" if ui.localRadio.isChecked() else "s3",
            folder=ui.folderEdit.text().strip() or None,
            endpoint_url=ui.endpointEdit.text().strip(),
            bucket=ui.bucketEdit.text().strip(),
            region=ui.regionEdit.text().strip() or "auto",
        )

    def keys(self) -> KeysEntered:
        """The key fields as typed."""
        return KeysEntered(self.ui.keyIdEdit.text().strip(), self.ui.secretEdit.text().strip())

    def test_connection(self) -> None:
        """Try the store in the background; the answer appears beside the button."""
        choice, keys = self.choice(), self.keys()
        self._say("Testing…", "#6b6b6b")
        self.ui.testButton.setEnabled(False)
        self.runner.run(
            lambda: test_store(choice, keys, self.keychain),
            self._on_tested,
            self._on_test_failed,
            lane=Lane.BACKGROUND,
        )

    def save(self) -> None:
        """Save the choice (and keys to the keyring), then close."""
        choice, keys = self.choice(), self.keys()
        self.ui.buttonBox.setEnabled(False)
        self.runner.run(
            lambda: save_settings(choice, keys, self.keychain, self.choice_path),
            lambda remembered: self._on_saved(choice, remembered),
            self._on_save_failed,
            lane=Lane.BACKGROUND,
        )

    def result_text(self) -> str:
        """The test or save message as plain text (tests)."""
        return self.ui.resultLabel.text().split(">", 1)[-1].removesuffix("</span>")

    def _load(self, choice: StoreChoice) -> None:
        ui = self.ui
        ui.s3Radio.setChecked(choice.kind == "s3")
        ui.localRadio.setChecked(choice.kind != "s3")
        ui.folderEdit.setText(choice.folder or "")
        ui.endpointEdit.setText(choice.endpoint_url)
        ui.bucketEdit.setText(choice.bucket)
        ui.regionEdit.setText("" if choice.region == "auto" else choice.region)
        if choice.kind == "s3":
            ui.secretEdit.setPlaceholderText("Leave empty to keep the saved key")
        self._on_kind()

    def _on_kind(self) -> None:
        local = self.ui.localRadio.isChecked()
        self.ui.localBox.setEnabled(local)
        self.ui.s3Box.setEnabled(not local)

    def _browse(self) -> None:
        dialog = QFileDialog(self, "Folder for the shop's files", self.ui.folderEdit.text())
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.fileSelected.connect(self.ui.folderEdit.setText)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _say(self, text: str, colour: str) -> None:
        self.ui.resultLabel.setText(f"<span style='color:{colour}'>{text}</span>")

    def _on_tested(self, where: str) -> None:
        self.ui.testButton.setEnabled(True)
        self._say(f"Connected: {where}", OK_COLOUR)

    def _on_test_failed(self, error: Exception) -> None:
        self.ui.testButton.setEnabled(True)
        self._say(str(error), BAD_COLOUR)

    def _on_saved(self, choice: StoreChoice, remembered: bool) -> None:
        self.remembered = remembered
        self.saved.emit(choice)
        self.accept()

    def _on_save_failed(self, error: Exception) -> None:
        self.ui.buttonBox.setEnabled(True)
        self._say(str(error), BAD_COLOUR)
