"""The licence badge: a coloured pill that says at a glance whether prints may be sold.

Green: selling allowed. Red: the licence forbids it. Amber: the permission has ended. Grey: no
licence recorded yet (treat as not for sale until someone checks). The same colours are used
in the models table (a delegate), the grid and the detail panel (a styled label).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from ....services.catalog import ModelRow
from ...table_model import Role

UNKNOWN_LICENCE = "unknown"
PADDING_X, PADDING_Y, RADIUS = 7, 2, 8


@dataclass(frozen=True)
class BadgeLook:
    """What one state reads and looks like."""

    label: str
    foreground: str
    background: str
    explanation: str


class LicenceState(Enum):
    """Whether prints of a model may be sold."""

    SELLABLE = BadgeLook("Sellable", "#0d652d", "#e6f4ea", "The licence allows selling prints.")
    NOT_FOR_SALE = BadgeLook(
        "Not for sale", "#a50e0e", "#fce8e6", "The licence does not allow selling prints."
    )
    EXPIRED = BadgeLook(
        "Permission ended", "#8a4b00", "#fef3d6", "The permission to sell prints has ended."
    )
    UNCHECKED = BadgeLook(
        "Licence not checked",
        "#3c4043",
        "#eceff1",
        "No licence is recorded: check it before selling prints.",
    )

    @property
    def look(self) -> BadgeLook:
        """Label and colours."""
        return self.value


def licence_state(row: ModelRow, today: date | None = None) -> LicenceState:
    """The state of ``row``'s licence on ``today`` (default: today)."""
    if not row.selling_allowed:
        unknown = row.licence == UNKNOWN_LICENCE
        return LicenceState.UNCHECKED if unknown else LicenceState.NOT_FOR_SALE
    until = getattr(row, "selling_until", None)
    if until is not None and until < (today or date.today()):
        return LicenceState.EXPIRED
    return LicenceState.SELLABLE


def badge_text(row: ModelRow, state: LicenceState) -> str:
    """``CC-BY-NC-4.0 · Not for sale``, or just the licence when prints may be sold."""
    if state is LicenceState.SELLABLE:
        return row.licence
    if state is LicenceState.UNCHECKED:
        return state.look.label
    return f"{row.licence} · {state.look.label.lower()}"


def style_label(label: QLabel, row: ModelRow, today: date | None = None) -> LicenceState:
    """Make ``label`` the badge of ``row``: the licence in a pill of its state's colours."""
    state = licence_state(row, today)
    look = state.look
    label.setText(state.look.label if state is LicenceState.UNCHECKED else row.licence)
    label.setToolTip(look.explanation)
    label.setStyleSheet(
        f"QLabel {{ color: {look.foreground}; background: {look.background};"
        f" border-radius: {RADIUS}px; padding: {PADDING_Y}px {PADDING_X}px; font-weight: 600; }}"
    )
    label.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    return state


def paint_pill(painter: QPainter, rect: QRectF, text: str, state: LicenceState) -> QRectF:
    """Draw a pill of ``text`` at the left of ``rect``; returns the rectangle it took."""
    look = state.look
    metrics = QFontMetrics(painter.font())
    room = max(int(rect.width()) - 2 * PADDING_X, 0)
    elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
    width = metrics.horizontalAdvance(elided) + 2 * PADDING_X + 2
    height = min(metrics.height() + 2 * PADDING_Y, rect.height())
    pill = QRectF(rect.left(), rect.center().y() - height / 2, width, height)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(look.background))
    painter.drawRoundedRect(pill, height / 2, height / 2)
    painter.setPen(QColor(look.foreground))
    align = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignHCenter
    painter.drawText(pill, align, elided)
    painter.restore()
    return pill


class LicenceBadgeDelegate(QStyledItemDelegate):
    """Paints the licence column of the models table as a badge."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """The usual cell background (selection, alternate rows), then the pill."""
        row = index.data(Role.OBJECT)
        if not isinstance(row, ModelRow):
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        option.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        state = licence_state(row)
        painter.save()
        font = QFont(option.font)
        font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(font)
        rect = QRectF(option.rect).adjusted(4, 2, -4, -2)
        paint_pill(painter, rect, badge_text(row, state), state)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """Room for the pill: its text in the badge's bold font, and the padding."""
        size = super().sizeHint(option, index)
        row = index.data(Role.OBJECT)
        if not isinstance(row, ModelRow):
            return size
        font = QFont(option.font)
        font.setWeight(QFont.Weight.DemiBold)
        text = badge_text(row, licence_state(row))
        width = QFontMetrics(font).horizontalAdvance(text) + 2 * PADDING_X + 12
        return QSize(width, size.height())
