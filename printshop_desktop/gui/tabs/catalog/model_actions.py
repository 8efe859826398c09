"""What can be done to models from the Catalog: New, Edit, Archive, Unarchive and Designers.

Each is one ``QAction`` shown in the tab's toolbar and in the right-click menu of the table
and the grid; double-click (or Enter) edits. Dialogs are window-modal and never block; a saved
or archived model is selected again once the catalog has reloaded.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QMessageBox, QToolBar, QWidget

from ....services import catalog
from ....services.catalog import ModelRow
from ...dialogs.designer_list_dialog import DesignerListDialog
from ...dialogs.model_dialog import ModelDialog

if TYPE_CHECKING:
    from .tab import CatalogTab


def make_action(
    parent: QWidget,
    text: str,
    slot: Callable[[], object],
    tip: str,
    name: str,
    shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
) -> QAction:
    """An action calling ``slot``; its shortcut works while the tab has the focus."""
    action = QAction(text, parent)
    action.setObjectName(name)
    action.setToolTip(tip)
    action.setStatusTip(tip)
    action.triggered.connect(lambda _checked=False: slot())
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        parent.addAction(action)
    return action


class ModelActions(QObject):
    """The model actions of one Catalog tab, enabled for the model under the cursor."""

    def __init__(self, tab: CatalogTab) -> None:
        super().__init__(tab)
        self.tab = tab
        self.dialog: QWidget | None = None
        self.new = make_action(
            tab,
            "&New model…",
            self.new_model,
            "Add a model (design) to the catalog",
            "actionNewModel",
            QKeySequence.StandardKey.New,
        )
        self.edit = make_action(
            tab,
            "&Edit…",
            self.edit_model,
            "Change the selected model",
            "actionEditModel",
            "Ctrl+E",
        )
        self.archive = make_action(
            tab,
            "&Archive",
            lambda: self.set_archived(True),
            "Hide the model from the catalog (nothing is deleted)",
            "actionArchiveModel",
        )
        self.unarchive = make_action(
            tab,
            "&Unarchive",
            lambda: self.set_archived(False),
            "Bring an archived model back into the catalog",
            "actionUnarchiveModel",
        )
        self.designers = make_action(
            tab,
            "&Designers…",
            self.open_designers,
            "Designers, their links and notes",
            "actionDesigners",
        )
        self.toolbar = self._toolbar(tab)
        self.update(None)

    def menu_actions(self) -> list[QAction | None]:
        """What the right-click menu of a model offers (None: a separator)."""
        return [self.edit, self.archive, self.unarchive, None, self.new]

    def add_menu(self, view: QAbstractItemView) -> None:
        """Offer the actions on right-click in ``view``; double-click edits."""
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for action in self.menu_actions():
            if action is None:
                action = QAction(view)
                action.setSeparator(True)
            view.addAction(action)
        view.doubleClicked.connect(lambda _index: self.edit_model())

    def update(self, row: ModelRow | None) -> None:
        """Enable what applies to ``row``."""
        self.edit.setEnabled(row is not None)
        self.archive.setEnabled(row is not None and not row.archived)
        self.unarchive.setEnabled(row is not None and row.archived)

    # -- actions -----------------------------------------------------------------------

    def new_model(self) -> ModelDialog:
        """An empty model form."""
        return self._open_model(None)

    def edit_model(self) -> ModelDialog | None:
        """The selected model's form."""
        row = self.tab.current_model()
        return self._open_model(row.id) if row is not None else None

    def set_archived(self, archived: bool) -> None:
        """Archive (or bring back) the selected model."""
        row = self.tab.current_model()
        if row is None:
            return
        model_id = row.id
        self.tab.context.query(
            lambda s: catalog.archive_model(s, model_id, archived),
            lambda _none: self._archived(row, archived),
            self._failed,
        )

    def open_designers(self) -> DesignerListDialog:
        """The designers list (window-modal, not blocking)."""
        dialog = DesignerListDialog(self.tab.context, self.tab.window())
        dialog.changed.connect(self.tab.reload)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    # -- internals ---------------------------------------------------------------------

    def _open_model(self, model_id: uuid.UUID | None) -> ModelDialog:
        rows = self.tab.models.rows()
        dialog = ModelDialog(
            self.tab.context,
            model_id,
            categories={r.category for r in rows if r.category},
            tags={tag for r in rows for tag in r.tags},
            parent=self.tab.window(),
        )
        dialog.saved.connect(self.tab.select_after_load)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _archived(self, row: ModelRow, archived: bool) -> None:
        done = "archived. Find it under “Archived models”" if archived else "is back in the catalog"
        self.tab.say(f"“{row.name}” {done}.")
        self.tab.select_after_load(row.id)

    def _failed(self, error: Exception) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            "Not changed",
            str(error),
            QMessageBox.StandardButton.Close,
            self.tab.window(),
        )
        box.finished.connect(box.deleteLater)
        self.dialog = box
        box.open()

    def _toolbar(self, tab: CatalogTab) -> QToolBar:
        bar = QToolBar(tab)
        bar.setObjectName("catalogToolbar")
        bar.setIconSize(QSize(16, 16))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.new, self.edit, self.archive, self.unarchive):
            bar.addAction(action)
        bar.addSeparator()
        bar.addAction(self.designers)
        return bar
