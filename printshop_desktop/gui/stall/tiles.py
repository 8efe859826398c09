"""The big product buttons of stall mode, with a picture each.

A product's picture is its thumbnail from the snapshot when it has one; otherwise a tile in
the colour of its filament with its initials, drawn once and kept in the snapshot so the
offline view looks the same.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QSizePolicy, QToolButton, QWidget

from ...services.offline import StallProduct
from ..money import format_money

TILE = 84
BUTTON = QSize(190, 184)
NAME_CHARS = 19


def initials(name: str) -> str:
    """``Flexi Rex (Standard)`` → ``FR``."""
    words = [w for w in name.split("(")[0].split() if w[:1].isalnum()]
    return "".join(w[0] for w in words[:2]).upper() or "?"


def tile_png(name: str, colour: str) -> bytes:
    """A rounded tile of the filament's colour with the product's initials, as PNG bytes."""
    image = QImage(TILE, TILE, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    fill = QColor(colour)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor("#5f6368") if fill.lightness() > 220 else Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    painter.drawRoundedRect(QRectF(2, 2, TILE - 4, TILE - 4), 18, 18)
    font = QFont()
    font.setPixelSize(38)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#202124") if fill.lightness() > 150 else QColor("#ffffff"))
    painter.drawText(QRectF(0, 0, TILE, TILE), Qt.AlignmentFlag.AlignCenter, initials(name))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    return bytes(data.data())


def tile_text(name: str, price: str, left: int) -> str:
    """Name (without ``(Standard)``), its size when it has one, price and stock, on lines."""
    base, _, size = name.partition(" (")
    size = size.rstrip(")")
    lines = [base if len(base) <= NAME_CHARS else base[: NAME_CHARS - 1].rstrip() + "…"]
    if size and size.casefold() != "standard":
        lines.append(size)
    stock = "none left" if left <= 0 else f"{left} left"
    lines.append(f"{price} · {stock}")
    return "\n".join(lines)


def icon_from(png: bytes | None) -> QIcon:
    """A button icon from PNG bytes (an empty icon when there are none)."""
    pixmap = QPixmap()
    if png:
        pixmap.loadFromData(png)
    return QIcon(pixmap)


class ProductTile(QToolButton):
    """One product: picture, name, price and how many the stall holds."""

    def __init__(self, product: StallProduct, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.product_id: uuid.UUID = product.product_id
        self.setObjectName("productTile")
        self.setCheckable(True)
        self.setAutoExclusive(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        self.setIconSize(QSize(TILE - 16, TILE - 16))
        self.setFixedSize(BUTTON)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._thumbnail: bytes | None = None
        self.show_product(product)

    def show_product(self, product: StallProduct, currency: str = "EUR") -> None:
        """Update the texts and the picture."""
        self.product = product
        left = product.at_stall
        self.setText(tile_text(product.name, format_money(product.price_cents, currency), left))
        self.setToolTip(f"{product.name} ({product.sku})")
        if product.thumbnail != self._thumbnail:
            self._thumbnail = product.thumbnail
            self.setIcon(icon_from(product.thumbnail))
        self.setProperty("empty", left <= 0)
        self.style().unpolish(self)
        self.style().polish(self)
