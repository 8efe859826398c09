"""A row of buttons that never makes the window wider: the buttons move into a toolbar, whose
overflow menu (») holds those that do not fit.

The buttons stay as the Designer form made them (names, texts, tooltips); only their parent
changes. Used by the Print Queue and Events tabs.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QBoxLayout, QFrame, QSizePolicy, QToolBar, QWidget


def buttons_to_toolbar(row: QBoxLayout, name: str) -> QToolBar:
    """Replace the button row ``row`` (inside a box layout) with a toolbar holding its items."""
    owner = row.parentWidget()
    outer = row.parent()
    assert isinstance(outer, QBoxLayout), "the button row must sit in a box layout"
    bar = QToolBar(owner)
    bar.setObjectName(name)
    bar.setMovable(False)
    bar.setFloatable(False)
    bar.setIconSize(QSize(16, 16))
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    bar.setStyleSheet("QToolBar { border: none; spacing: 6px; background: transparent; }")
    while row.count():
        item = row.takeAt(0)
        if item is None:
            break
        widget = item.widget()
        if isinstance(widget, QFrame) and widget.frameShape() == QFrame.Shape.VLine:
            widget.deleteLater()
            bar.addSeparator()
        elif widget is not None:
            bar.addWidget(widget)
        elif item.spacerItem() is not None:
            spacer = QWidget(bar)
            spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            bar.addWidget(spacer)
    index = outer.indexOf(row)
    outer.removeItem(row)
    row.deleteLater()
    outer.insertWidget(index, bar)
    return bar
