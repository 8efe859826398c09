"""One card of the catalog grid: cover picture (or a placeholder), licence badge, name, designer,
variants and price range."""

from __future__ import annotations

import zlib

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ....services.catalog import ModelRow
from ...money import format_money
from ...table_model import Role
from .grid_thumbnails import GridThumbnails
from .licence_badge import LicenceState, licence_state, paint_pill

CARD_WIDTH, PICTURE, TEXT_HEIGHT, MARGIN = 188, 164, 62, 6
SECONDARY = QColor("#5f6368")
ARCHIVED = LicenceState.UNCHECKED  # grey pill colours


def card_size() -> QSize:
    """Every card is the same size (the grid lays them out faster)."""
    return QSize(CARD_WIDTH, MARGIN * 3 + PICTURE + TEXT_HEIGHT)


def placeholder_colours(key: str) -> tuple[QColor, QColor]:
    """A soft background and a deeper letter colour, the same for the same category."""
    hue = zlib.crc32(key.encode()) % 360
    return QColor.fromHsl(hue, 70, 228), QColor.fromHsl(hue, 60, 140)


def initials(name: str) -> str:
    """``Crystal Dragon`` → ``CD``; ``Moon`` → ``MO``."""
    words = [w for w in name.split() if w[:1].isalnum()]
    if len(words) >= 2:
        return (words[0][0] + words[1][0]).upper()
    return name[:2].upper() or "?"


def price_text(row: ModelRow) -> str:
    """``€9.00``, ``€9.00–€15.00`` or '' when no variant has a price."""
    prices = getattr(row, "price_range", None)
    if not prices:
        return ""
    low, high = prices
    return format_money(low) if low == high else f"{format_money(low)}–{format_money(high)}"


class CatalogCardDelegate(QStyledItemDelegate):
    """Paints a :class:`ModelRow` as a card; pictures come from :class:`GridThumbnails`."""

    def __init__(self, thumbnails: GridThumbnails, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thumbnails = thumbnails

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """The grid cell of the view (cards fill the width), else the card size."""
        view = option.widget
        grid = view.gridSize() if isinstance(view, QListView) else QSize()
        return grid if grid.isValid() and grid.width() > 0 else card_size()

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Card frame, picture, badges and three lines of text."""
        row = index.data(Role.OBJECT)
        if not isinstance(row, ModelRow):
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = QRectF(option.rect).adjusted(3, 3, -3, -3)
        self._frame(painter, option, card)
        picture = QRectF(card.left() + MARGIN, card.top() + MARGIN, PICTURE - 6, PICTURE - 6)
        picture.moveLeft(card.center().x() - picture.width() / 2)
        self._picture(painter, row, picture, QPersistentModelIndex(index))
        self._badges(painter, option, row, picture)
        text = QRectF(card.left() + MARGIN + 2, picture.bottom() + MARGIN, 0, 0)
        text.setRight(card.right() - MARGIN - 2)
        text.setBottom(card.bottom() - MARGIN)
        self._texts(painter, option, row, text)
        painter.restore()

    def _frame(self, painter: QPainter, option: QStyleOptionViewItem, card: QRectF) -> None:
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        fill = palette.color(QPalette.ColorRole.Base)
        border = palette.color(QPalette.ColorRole.Mid)
        if selected:
            highlight = palette.color(QPalette.ColorRole.Highlight)
            fill = QColor(highlight)
            fill.setAlpha(40)
            border = highlight
        elif hovered:
            border = palette.color(QPalette.ColorRole.Dark)
        painter.setPen(QPen(border, 2 if selected else 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(card, 8, 8)

    def _picture(
        self, painter: QPainter, row: ModelRow, area: QRectF, index: QPersistentModelIndex
    ) -> None:
        cover = getattr(row, "cover_sha256", None)
        pixmap = self.thumbnails.pixmap(cover, index) if cover else None
        if pixmap is not None and not pixmap.isNull():
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#f4f5f7"))
            painter.drawRoundedRect(area, 6, 6)
            size = pixmap.deviceIndependentSize()
            target = QRectF(0, 0, size.width(), size.height())
            target.moveCenter(area.center())
            painter.drawPixmap(target.toRect(), pixmap)
            return
        background, letters = placeholder_colours(row.category or row.name)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(background)
        painter.drawRoundedRect(area, 6, 6)
        font = QFont(painter.font())
        font.setPixelSize(int(area.height() / 3.4))
        font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(font)
        painter.setPen(letters)
        painter.drawText(area, Qt.AlignmentFlag.AlignCenter, initials(row.name))

    def _badges(
        self, painter: QPainter, option: QStyleOptionViewItem, row: ModelRow, area: QRectF
    ) -> None:
        font = QFont(option.font)
        font.setPointSizeF(max(option.font.pointSizeF() - 1, 7))
        font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(font)
        spot = QRectF(area.left() + 6, area.top() + 6, area.width() - 12, 20)
        state = licence_state(row)
        if state is not LicenceState.SELLABLE:
            taken = paint_pill(painter, spot, state.look.label, state)
            spot.setTop(taken.bottom() + 4)
            spot.setHeight(20)
        if row.archived:
            paint_pill(painter, spot, "Archived", ARCHIVED)

    def _texts(
        self, painter: QPainter, option: QStyleOptionViewItem, row: ModelRow, area: QRectF
    ) -> None:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_colour = option.palette.color(QPalette.ColorRole.Text)
        bold = QFont(option.font)
        bold.setWeight(QFont.Weight.DemiBold)
        line = QFontMetrics(bold).height()
        painter.setFont(bold)
        painter.setPen(text_colour)
        name = QFontMetrics(bold).elidedText(
            row.name, Qt.TextElideMode.ElideRight, int(area.width())
        )
        painter.drawText(QRectF(area.left(), area.top(), area.width(), line), name)
        painter.setFont(option.font)
        metrics = QFontMetrics(option.font)
        painter.setPen(text_colour if selected else SECONDARY)
        who = row.designer or "Unknown designer"
        second = QRectF(area.left(), area.top() + line + 2, area.width(), line)
        painter.drawText(
            second, metrics.elidedText(who, Qt.TextElideMode.ElideRight, int(area.width()))
        )
        third = QRectF(second.left(), second.bottom() + 2, area.width(), line)
        count = f"{row.variants} variant" + ("" if row.variants == 1 else "s")
        painter.drawText(third, Qt.AlignmentFlag.AlignLeft, count)
        painter.setPen(text_colour)
        painter.drawText(third, Qt.AlignmentFlag.AlignRight, price_text(row))
