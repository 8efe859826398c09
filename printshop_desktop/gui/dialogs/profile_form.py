"""Reads and writes a :class:`Profile` in the connection dialog's fields, with field errors."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtWidgets import QLabel

from ...config import SSL_MODES, Profile, ProfileError, ProfileKind
from ...paths import default_sqlite_path
from ..forms.ui_connection_dialog import Ui_ConnectionDialog

LOCAL, FILE, SERVER = range(3)
PORT_MESSAGE = "Port: use a number from 1 to 65535."
PATH_MESSAGE = "File: choose where the database file is kept."
#: ProfileError messages start with the field's name; the name's error label shows them.
FIELD_PREFIXES = {
    "Host:": "host",
    "Port:": "port",
    "Database:": "database",
    "User:": "user",
    "File:": "path",
    "The profile needs a name": "name",
    "A profile named": "name",
}


@dataclass
class FormResult:
    """A profile read from the fields, or the errors per field that stop it."""

    profile: Profile | None
    errors: dict[str, str] = field(default_factory=dict)


def kind_page(profile: Profile) -> int:
    """Which kind entry a profile shows as."""
    if profile.kind is ProfileKind.POSTGRESQL:
        return SERVER
    return FILE if profile.path else LOCAL


def field_of(message: str) -> str:
    """The field a :class:`ProfileError` message is about ("general" when unknown)."""
    for prefix, name in FIELD_PREFIXES.items():
        if message.startswith(prefix):
            return name
    return "general"


class ProfileForm:
    """Moves profiles in and out of the dialog's widgets (it owns no widgets)."""

    def __init__(self, ui: Ui_ConnectionDialog) -> None:
        self.ui = ui
        ui.sslCombo.addItems(list(SSL_MODES))
        ui.localInfo.setText(
            "The shop is kept in one file on this computer, no server needed:\n"
            f"{default_sqlite_path()}"
        )
        self._align_captions()

    def _align_captions(self) -> None:
        """Give the captions of the three form layouts one width, so their fields line up."""
        captions = [w for name, w in vars(self.ui).items()
                    if "FormLabel" in name and isinstance(w, QLabel)]
        width = max(caption.sizeHint().width() for caption in captions)
        for caption in captions:
            caption.setMinimumWidth(width)

    def error_labels(self) -> dict[str, QLabel]:
        """The error label of each field."""
        ui = self.ui
        return {
            "name": ui.nameError, "path": ui.pathError, "host": ui.hostError,
            "port": ui.portError, "database": ui.databaseError, "user": ui.userError,
            "general": ui.generalError,
        }

    def write(self, profile: Profile) -> None:
        """Show ``profile`` in the fields."""
        ui = self.ui
        ui.nameEdit.setText(profile.name)
        ui.kindCombo.setCurrentIndex(kind_page(profile))
        ui.kindStack.setCurrentIndex(kind_page(profile))
        ui.pathEdit.setText(profile.path or "")
        ui.hostEdit.setText(profile.host)
        ui.portEdit.setText(str(profile.port))
        ui.databaseEdit.setText(profile.database)
        ui.userEdit.setText(profile.user)
        ui.sslCombo.setCurrentText(profile.sslmode)
        ui.passwordEdit.clear()

    def read(self) -> FormResult:
        """The profile in the fields, validated."""
        ui = self.ui
        page = ui.kindCombo.currentIndex()
        port_text = ui.portEdit.text().strip()
        port = int(port_text) if port_text.isdigit() else 0
        profile = Profile(
            name=ui.nameEdit.text().strip(),
            kind=ProfileKind.POSTGRESQL if page == SERVER else ProfileKind.SQLITE,
            path=(ui.pathEdit.text().strip() or None) if page == FILE else None,
            host=ui.hostEdit.text().strip(),
            port=port,
            database=ui.databaseEdit.text().strip(),
            user=ui.userEdit.text().strip(),
            sslmode=ui.sslCombo.currentText(),
        )
        errors: dict[str, str] = {}
        if page == FILE and not profile.path:
            errors["path"] = PATH_MESSAGE
        try:
            profile.validate()
        except ProfileError as error:
            message = PORT_MESSAGE if field_of(str(error)) == "port" else str(error)
            errors.setdefault(field_of(message), message)
        return FormResult(None if errors else profile, errors)

    def show_errors(self, errors: dict[str, str]) -> None:
        """Put each message next to its field; clear the others."""
        for name, label in self.error_labels().items():
            label.setText(errors.get(name, ""))
            label.setVisible(name in errors)
