"""Asks for a PostgreSQL password when the keyring does not hold it."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from ..forms.ui_password_dialog import Ui_PasswordDialog
from .keyring_note import keyring_note


class PasswordDialog(QDialog):
    """Password field, "remember" checkbox (disabled without a keyring) and why it is asked."""

    def __init__(
        self,
        database: str,
        *,
        keyring_available: bool,
        reason: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PasswordDialog()
        self.ui.setupUi(self)
        self.ui.messageLabel.setText(f"Enter the password to connect to {database}.")
        self.ui.reasonLabel.setText(reason)
        self.ui.reasonLabel.setVisible(bool(reason))
        self.ui.rememberCheck.setEnabled(keyring_available)
        self.ui.rememberCheck.setChecked(keyring_available)
        self.ui.keyringNote.setText(keyring_note(keyring_available))
        connect = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        if connect is not None:
            connect.setText("&Connect")
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.passwordEdit.setFocus()

    def password(self) -> str:
        """What was typed."""
        return self.ui.passwordEdit.text()

    def remember(self) -> bool:
        """True to keep the password in the keyring."""
        return self.ui.rememberCheck.isEnabled() and self.ui.rememberCheck.isChecked()
