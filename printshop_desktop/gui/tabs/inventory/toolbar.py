"""Actions of the Inventory tab: made once, shown in a toolbar and in the table's menu."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QTableView, QToolBar, QWidget


def make_action(
    parent: QWidget,
    text: str,
    slot: Callable[[], object],
    tip: str,
    *,
    name: str,
    shortcut: str | None = None,
) -> QAction:
    """An action that calls ``slot``; its shortcut works while ``parent`` has the focus."""
    action = QAction(text, parent)
    action.setObjectName(name)
    action.setStatusTip(tip)
    action.setToolTip(tip)
    action.triggered.connect(lambda _checked=False: slot())
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        parent.addAction(action)
    return action


def make_toolbar(parent: QWidget, actions: Sequence[QAction | None], name: str) -> QToolBar:
    """A flat text toolbar; None puts a separator."""
    bar = QToolBar(parent)
    bar.setObjectName(name)
    bar.setIconSize(QSize(16, 16))
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    for action in actions:
        if action is None:
            bar.addSeparator()
        else:
            bar.addAction(action)
    return bar


def add_context_menu(view: QTableView, actions: Sequence[QAction | None]) -> None:
    """Right-click on the table offers ``actions``."""
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    for action in actions:
        if action is None:
            separator = QAction(view)
            separator.setSeparator(True)
            view.addAction(separator)
        else:
            view.addAction(action)
