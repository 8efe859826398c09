"""A dialog that saves through a service without blocking: OK hands the form's values to the
caller, who runs the save in the database lane and reports back.

Used by the print-job, printer and event dialogs. The dialog stays open until the save
succeeded (:meth:`SubmitDialog.saved`); a refusal (:meth:`SubmitDialog.refused`) is shown
in the form's ``errorLabel`` and the user can correct it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QWidget,
)
from sqlalchemy.orm import Session

from ...db.errors import DatabaseError
from ...services.errors import ServiceError
from ..context import ShopContext

T = TypeVar("T")


class SubmitDialog(QDialog):
    """Subclasses set up a form with ``errorLabel`` and ``buttonBox`` and implement values()."""

    submitted = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._busy = False

    # -- for subclasses ---------------------------------------------------------------

    def values(self) -> Any:
        """The form's input; raise a ServiceError (e.g. ValidationFailed) for bad input."""
        raise NotImplementedError

    def error_label(self) -> QLabel:
        """Where refusals are shown."""
        return self.ui.errorLabel  # type: ignore[attr-defined]

    def ok_button(self) -> QPushButton | None:
        """The button that submits."""
        box: QDialogButtonBox = self.ui.buttonBox  # type: ignore[attr-defined]
        for button in box.buttons():
            if box.buttonRole(button) == QDialogButtonBox.ButtonRole.AcceptRole:
                assert isinstance(button, QPushButton)
                return button
        return None

    def connect_buttons(self, ok_text: str | None = None) -> None:
        """Wire the button box (call at the end of the subclass's setup)."""
        box: QDialogButtonBox = self.ui.buttonBox  # type: ignore[attr-defined]
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        button = self.ok_button()
        if ok_text and button is not None:
            button.setText(ok_text)

    # -- flow -------------------------------------------------------------------------

    def accept(self) -> None:
        """Check the form and hand its values on; the dialog closes once they are saved."""
        if self._busy:
            return
        try:
            data = self.values()
        except ServiceError as error:
            self.refused(error)
            return
        self._set_busy(True)
        self.show_error(None)
        self.submitted.emit(data)

    def saved(self, _result: object = None) -> None:
        """The save went through: close."""
        self._set_busy(False)
        super().accept()

    def refused(self, error: Exception) -> None:
        """The save was refused: say why and let the user correct it."""
        self._set_busy(False)
        self.show_error(str(error))

    def show_error(self, text: str | None) -> None:
        """Show (or with None hide) the message above the buttons."""
        label = self.error_label()
        label.setText(text or "")
        label.setVisible(bool(text))

    def error_text(self) -> str:
        """The message shown (tests)."""
        label = self.error_label()
        return label.text() if label.isVisibleTo(self) else ""

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        button = self.ok_button()
        if button is not None:
            button.setEnabled(not busy)


def submit_with(
    context: ShopContext,
    dialog: SubmitDialog,
    work: Callable[[Session, Any], T],
    on_saved: Callable[[T], None],
) -> None:
    """Save what ``dialog`` submits with ``work(session, values)`` in the database lane."""

    def save(data: Any) -> None:
        def done(result: T) -> None:
            dialog.saved(result)
            on_saved(result)

        def failed(error: Exception) -> None:
            known = isinstance(error, ServiceError | DatabaseError | OSError)
            dialog.refused(error if known else RuntimeError(f"Something went wrong: {error}"))

        if context.query(lambda session: work(session, data), done, failed) is None:
            dialog.refused(RuntimeError("Not connected to a database."))

    dialog.submitted.connect(save)


def index_of(combo: QComboBox, value: object) -> int:
    """The index of the item whose data equals ``value`` (-1 if none).

    ``QComboBox.findData`` compares Python objects such as UUIDs by identity, not value.
    """
    for index in range(combo.count()):
        if combo.itemData(index) == value:
            return index
    return -1
