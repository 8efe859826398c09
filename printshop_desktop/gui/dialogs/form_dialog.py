"""The shape every create/edit dialog of the Catalog shares.

Loading and saving run in the database lane (the dialog stays responsive, its Save button is
disabled meanwhile). A refusal from the service is shown in red under the field it names
(``ValidationFailed.field`` → the label ``<fieldInCamelCase>Error`` of the form); anything that
names no field goes under the form. A :class:`ConcurrentEdit` shows the yellow box at the top:
someone else saved the row since the dialog loaded it, and Reload fetches their version.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFrame, QLabel, QPushButton, QWidget
from sqlalchemy.orm import Session

from ...services.concurrency import ConcurrentEdit
from ...services.errors import ValidationFailed
from ..context import ShopContext
from ..runner import is_bug

T = TypeVar("T")


def error_label_name(field: str) -> str:
    """``source_url`` → ``sourceUrlError``."""
    first, *rest = field.split("_")
    return first + "".join(part.capitalize() for part in rest) + "Error"


class FormDialog(QDialog):
    """A window-modal form that loads and saves off the GUI thread.

    Subclasses call :meth:`setup_form` after ``setupUi`` and implement :meth:`reload`; they
    save with :meth:`submit`. :attr:`saved` carries the saved row's id.
    """

    saved = Signal(object)
    #: Field names whose error label is not named after them.
    aliases: Mapping[str, str] = {}

    def __init__(self, context: ShopContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.busy = False
        self._ui: Any = None

    def setup_form(self, ui: Any) -> None:
        """Hook up the form's buttons, conflict box and error labels."""
        self._ui = ui
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        ui.reloadButton.clicked.connect(self._on_reload)
        self.clear_errors()

    # -- for subclasses ----------------------------------------------------------------

    def save(self) -> None:
        """Check the form and :meth:`submit` it."""
        raise NotImplementedError

    def reload(self) -> None:
        """Fetch the row again and fill the form with what is stored now."""
        raise NotImplementedError

    def fetch(self, query: Callable[[Session], T], on_done: Callable[[T], None]) -> None:
        """Load something for the form in the database lane."""
        self._set_busy(True)

        def done(result: T) -> None:
            self._set_busy(False)
            on_done(result)

        if self.context.query(query, done, self.show_failure) is None:
            self._set_busy(False)
            self.show_error("general", "Not connected to a database.")

    def submit(self, work: Callable[[Session], T]) -> None:
        """Run the save in the database lane; close on success, explain a refusal."""
        if self.busy:
            return
        self.clear_errors()
        self._set_busy(True)
        task = self.context.query(work, self._on_saved, self.show_failure)
        if task is None:
            self._set_busy(False)
            self.show_error("general", "Not connected to a database: nothing was saved.")

    # -- errors ------------------------------------------------------------------------

    def error_label(self, field: str) -> QLabel:
        """The label under ``field`` (the general one when the form has none for it)."""
        name = error_label_name(self.aliases.get(field, field))
        found = getattr(self._ui, name, None)
        return found if isinstance(found, QLabel) else self._ui.generalError

    def error_labels(self) -> list[QLabel]:
        """Every error label of the form."""
        return [
            widget
            for name, widget in vars(self._ui).items()
            if name.endswith("Error") and isinstance(widget, QLabel)
        ]

    def shown_errors(self) -> dict[str, str]:
        """Error labels on show, by object name (for tests and screenshots)."""
        return {
            label.objectName(): label.text()
            for label in self.error_labels()
            if not label.isHidden()
        }

    def show_error(self, field: str, message: str) -> None:
        """Show ``message`` under ``field``."""
        label = self.error_label(field)
        label.setText(message)
        label.show()

    def clear_errors(self) -> None:
        """Hide every message, and the conflict box."""
        for label in self.error_labels():
            label.clear()
            label.hide()
        self.conflict_box.hide()

    @property
    def conflict_box(self) -> QFrame:
        """The box that says someone else changed the row."""
        return self._ui.conflictBox

    def show_failure(self, error: Exception) -> None:
        """Explain why loading or saving did not work."""
        self._set_busy(False)
        if isinstance(error, ValidationFailed):
            self.show_error(error.field, str(error))
        elif isinstance(error, ConcurrentEdit):
            self._ui.conflictLabel.setText(
                f"Someone else changed this {error.what} on another PC while you had it "
                "open, so nothing was saved. Reload to see their version, then make your "
                "change again."
            )
            self.conflict_box.show()
        else:
            prefix = "Something went wrong: " if is_bug(error) else ""
            self.show_error("general", f"{prefix}{error}")

    # -- internals ---------------------------------------------------------------------

    def _on_saved(self, row_id: object) -> None:
        self._set_busy(False)
        self.saved.emit(row_id)
        self.accept()

    def _on_reload(self) -> None:
        self.clear_errors()
        self.reload()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        save = self._ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        if isinstance(save, QPushButton):
            save.setEnabled(not busy)
