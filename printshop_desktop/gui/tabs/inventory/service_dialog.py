"""The base of the Inventory dialogs: save through a service in the database lane, and show
what the service refused in red under the field it names (never a crash, never a pop-up).

A dialog lists its fields by the names the services use in :class:`ValidationFailed`
(``colour_hex``, ``price``…); :class:`FieldErrors` puts a hidden red label under each of them
in the form. A :class:`ConcurrentEdit` (someone saved the row on another PC meanwhile) shows
above the buttons with **Reload**, which fills the form with the stored row again.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QPushButton,
    QSizePolicy,
    QWidget,
)
from sqlalchemy.orm import Session

from ....db.errors import DatabaseError
from ....services.concurrency import ConcurrentEdit
from ....services.errors import Conflict, ServiceError, ValidationFailed
from ...context import ShopContext
from ...runner import Task, is_bug

T = TypeVar("T")
ERROR_STYLE = "color: #b3261e;"
GENERAL = "general"


def form_row(form: QFormLayout, widget: QWidget) -> int:
    """The form row holding ``widget`` (directly or inside the row's layout), or -1."""
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        if item is None:
            continue
        holder = item.widget()
        if holder is not None and (holder is widget or holder.isAncestorOf(widget)):
            return row
        layout = item.layout()
        if layout is not None and _contains(layout, widget):
            return row
    return -1


def _contains(layout: QLayout, widget: QWidget) -> bool:
    for number in range(layout.count()):
        item = layout.itemAt(number)
        if item is None:
            continue
        if item.widget() is widget:
            return True
        inner = item.layout()
        if inner is not None and _contains(inner, widget):
            return True
    return False


def check_fields(checks: Mapping[str, Callable[[], object]]) -> dict[str, str]:
    """Run checks that need no database (money, colour codes) and collect their refusals,
    so a form shows every such problem at once; the service still checks everything."""
    problems = {}
    for field, check in checks.items():
        try:
            check()
        except ValidationFailed as error:
            problems[field] = str(error)
    return problems


class FieldErrors:
    """Red messages under the fields of a form, addressed by the services' field names."""

    def __init__(self, form: QFormLayout, fields: Mapping[str, QWidget], general: QLabel) -> None:
        self.form = form
        self.fields = dict(fields)
        self.general = general
        self._labels: dict[str, QLabel] = {}
        by_widget: dict[int, QLabel] = {}
        for name, widget in self.fields.items():
            if id(widget) not in by_widget:
                by_widget[id(widget)] = self._add_label(widget, name)
            self._labels[name] = by_widget[id(widget)]
        self._labels[GENERAL] = general

    def _add_label(self, widget: QWidget, name: str) -> QLabel:
        label = QLabel(widget.parentWidget())
        label.setObjectName(f"{name}Error")
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        row = form_row(self.form, widget)
        if row < 0:
            raise ValueError(f"{name}: the field is not in the form")
        self.form.insertRow(row + 1, "", label)
        self.form.setRowVisible(row + 1, False)
        return label

    def label(self, field: str) -> QLabel:
        """The error label of ``field`` (the general one for unknown fields)."""
        return self._labels.get(field, self.general)

    def message(self, field: str) -> str:
        """The message shown for ``field`` ('' when none)."""
        label = self.label(field)
        return label.text() if self._shown(label) else ""

    def show_error(self, field: str, message: str) -> None:
        """Show ``message`` under ``field`` and put the cursor there."""
        label = self.label(field)
        label.setText(message)
        self._set_shown(label, True)
        widget = self.fields.get(field)
        if widget is not None and widget.isEnabled():
            widget.setFocus()

    def clear(self) -> None:
        """Hide every message."""
        for label in set(self._labels.values()):
            label.clear()
            self._set_shown(label, False)

    def _shown(self, label: QLabel) -> bool:
        return bool(label.text()) and not label.isHidden()

    def _set_shown(self, label: QLabel, shown: bool) -> None:
        if label is self.general:
            label.setVisible(shown)
            return
        position = self.form.getWidgetPosition(label)
        row = int(position[0])  # type: ignore[index]
        if row >= 0:
            self.form.setRowVisible(row, shown)
        label.setVisible(shown)


class ServiceDialog(QDialog):
    """A dialog that saves through a service call; subclasses build the form and the call.

    Call :meth:`install` after ``setupUi``; implement :meth:`save` (read the fields and call
    :meth:`submit`) and, for edit dialogs, :meth:`reload`. ``saved`` carries the result.
    """

    saved = Signal(object)
    #: The field a :class:`Conflict` (a name or SKU used already) is shown under.
    conflict_field = GENERAL

    def __init__(self, context: ShopContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.errors: FieldErrors | None = None
        self.busy = False
        self._buttons: QDialogButtonBox | None = None
        self.reload_button: QPushButton | None = None
        self._task: Task | None = None
        self._loads: list[Task] = []
        self.finished.connect(self._drop_pending)

    def install(
        self,
        buttons: QDialogButtonBox,
        form: QFormLayout,
        fields: Mapping[str, QWidget],
        general: QLabel,
        *,
        ok_text: str | None = None,
    ) -> None:
        """Wire the buttons and put an error label under each field."""
        self._buttons = buttons
        self.errors = FieldErrors(form, fields, general)
        ok = self.ok_button()
        if ok_text and ok is not None:
            ok.setText(ok_text)
        self.reload_button = buttons.addButton("&Reload", QDialogButtonBox.ButtonRole.ResetRole)
        self.reload_button.setToolTip("Show the version saved on the other PC (your edits go)")
        self.reload_button.hide()
        self.reload_button.clicked.connect(self._on_reload)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

    def ok_button(self) -> QPushButton | None:
        """The button that saves (Save or OK)."""
        assert self._buttons is not None
        box = QDialogButtonBox.StandardButton
        return self._buttons.button(box.Save) or self._buttons.button(box.Ok)

    # -- for subclasses ----------------------------------------------------------------

    def save(self) -> None:
        """Read the form and :meth:`submit` the service call."""
        raise NotImplementedError

    def reload(self) -> None:
        """Fill the form again from the database (after a concurrent edit)."""

    def submit(self, work: Callable[[Session], T]) -> None:
        """Run ``work(session)`` in the database lane; close on success, else show why."""
        if self.busy:
            return
        assert self.errors is not None
        self.errors.clear()
        if self.context.database is None:
            self.show_error(GENERAL, "Not connected to a database: nothing was saved.")
            return
        self._set_busy(True)
        self._task = self.context.query(work, self._on_saved, self._on_failed)

    def show_error(self, field: str, message: str) -> None:
        """Show ``message`` under ``field`` (or above the buttons)."""
        assert self.errors is not None
        self.errors.show_error(field, message)
        self._grow()

    def refuse(self, field: str, message: str) -> None:
        """Clear earlier messages and show one found before asking the service."""
        self.refuse_all({field: message})

    def refuse_all(self, problems: Mapping[str, str]) -> bool:
        """Show every problem found in the form at once; True when there were any."""
        assert self.errors is not None
        self.errors.clear()
        for field, message in reversed(list(problems.items())):  # the first keeps the focus
            self.show_error(field, message)
        return bool(problems)

    def fit(self) -> None:
        """Take the height the form needs (rows were shown or hidden), keeping the width."""
        self.resize(self.width(), self.sizeHint().height())

    def set_row_shown(self, widget: QWidget, shown: bool) -> None:
        """Show or hide the form row of ``widget`` (label and field)."""
        assert self.errors is not None
        row = form_row(self.errors.form, widget)
        if row >= 0:
            self.errors.form.setRowVisible(row, shown)

    def load(self, work: Callable[[Session], T], on_done: Callable[[T], None]) -> None:
        """Read what the form needs in the database lane (dropped if the dialog closes)."""
        task = self.context.query(work, on_done, self._on_load_failed)
        if task is not None and not task.finished:
            self._loads.append(task)

    # -- internals ---------------------------------------------------------------------

    def _on_load_failed(self, error: Exception) -> None:
        self.show_error(GENERAL, f"Could not load: {error}")

    def _drop_pending(self) -> None:
        for task in [self._task, *self._loads]:
            if task is not None:
                task.cancel()
        self._loads.clear()

    def _on_saved(self, result: Any) -> None:
        self._set_busy(False)
        self.saved.emit(result)
        self.accept()

    def _on_failed(self, error: Exception) -> None:
        self._set_busy(False)
        if isinstance(error, ConcurrentEdit):
            self.show_error(GENERAL, str(error))
            if self.reload_button is not None:
                self.reload_button.show()
        elif isinstance(error, ValidationFailed):
            self.show_error(error.field, str(error))
        elif isinstance(error, Conflict):
            self.show_error(self.conflict_field, str(error))
        elif isinstance(error, ServiceError | DatabaseError | OSError):
            self.show_error(GENERAL, f"Not saved: {error}")
        else:
            kind = "an unexpected error (logged)" if is_bug(error) else "an error"
            self.show_error(GENERAL, f"Not saved because of {kind}: {error}")

    def _on_reload(self) -> None:
        assert self.errors is not None
        self.errors.clear()
        if self.reload_button is not None:
            self.reload_button.hide()
        self.reload()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        ok = self.ok_button()
        if ok is not None:
            ok.setEnabled(not busy)

    def _grow(self) -> None:
        """Make room for a message that just appeared (never shrink what the user sized)."""
        hint = self.sizeHint()
        if hint.height() > self.height() or hint.width() > self.width():
            self.resize(max(hint.width(), self.width()), max(hint.height(), self.height()))
