"""Edit ▸ Shop settings…: every setting declared in ``settings_store``, with its label and
unit, checked by its declaration (a refusal shows under the setting). The rows are built from
the declarations, so a new setting appears here without touching this dialog."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget
from sqlalchemy.orm import Session

from ...services import label_sizes, settings_store
from ...services.settings_store import SettingRow
from ..context import ShopContext
from ..forms.ui_settings_dialog import Ui_SettingsDialog
from ..tabs.inventory.service_dialog import FieldErrors, ServiceDialog

#: Settings chosen from a list rather than typed: key → (value, text) choices.
CHOICES: dict[str, tuple[tuple[str, str], ...]] = {
    settings_store.LABEL_FORMAT.key: tuple((s.key, s.name) for s in label_sizes.LABEL_SIZES),
}


def shown(value: object) -> str:
    """A value as it is typed: ``30.0`` → ``30``."""
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def save_all(session: Session, values: dict[str, str]) -> int:
    """Worker: store every value (each checked by its declaration); returns the count."""
    for key, value in values.items():
        settings_store.set_value(session, key, value)
    return len(values)


class SettingsDialog(ServiceDialog):
    """A form of every shop setting; Save checks and stores them all at once."""

    def __init__(self, context: ShopContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self.rows: list[SettingRow] = []
        self.editors: dict[str, QLineEdit | QComboBox] = {}
        self.install(self.ui.buttonBox, self.ui.form, {}, self.ui.generalError)
        restore = self.ui.buttonBox.button(self.ui.buttonBox.StandardButton.RestoreDefaults)
        restore.clicked.connect(self.restore_defaults)
        self.ok_button().setEnabled(False)  # type: ignore[union-attr]
        self.reload()

    def reload(self) -> None:
        """Read the settings."""
        self.load(settings_store.list_settings, self._build)

    def _build(self, rows: Sequence[SettingRow]) -> None:
        form = self.ui.form
        while form.rowCount():
            form.removeRow(0)
        self.rows, self.editors = list(rows), {}
        for row in rows:
            editor = self._editor(row)
            self.editors[row.key] = editor
            field = QWidget(self)
            line = QHBoxLayout(field)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(editor)
            if row.unit:
                line.addWidget(QLabel(row.unit, field))
            line.addStretch(1)
            form.addRow(f"{row.label}:", field)
        self.errors = FieldErrors(form, self.editors, self.ui.generalError)
        self.ok_button().setEnabled(True)  # type: ignore[union-attr]

    def _editor(self, row: SettingRow) -> QLineEdit | QComboBox:
        choices = CHOICES.get(row.key)
        if choices is not None:
            combo = QComboBox(self)
            for value, text in choices:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(combo.findData(row.value), 0))
            combo.setObjectName(f"{row.key}Edit")
            return combo
        edit = QLineEdit(shown(row.value), self)
        edit.setObjectName(f"{row.key}Edit")
        edit.setPlaceholderText(shown(row.default))
        edit.setToolTip(f"Default: {shown(row.default)} {row.unit}".strip())
        edit.setMaximumWidth(160 if row.kind != "str" else 90)
        return edit

    def values(self) -> dict[str, str]:
        """The typed (or chosen) value of every setting."""
        found = {}
        for key, editor in self.editors.items():
            if isinstance(editor, QComboBox):
                found[key] = str(editor.currentData())
            else:
                found[key] = editor.text().strip()
        return found

    def set_value(self, key: str, text: str) -> None:
        """Type ``text`` into a setting (tests, restore defaults)."""
        editor = self.editors[key]
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(text), 0))
        else:
            editor.setText(text)

    def restore_defaults(self) -> None:
        """Put every default back into the form (stored when Save is pressed)."""
        for row in self.rows:
            self.set_value(row.key, shown(row.default))

    def save(self) -> None:
        """Check and store every setting in one unit of work."""
        values = self.values()
        self.submit(lambda session: save_all(session, values))
