"""The application icon, from ``resources/printshop.svg`` (with a drawn fallback)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

ICON_NAME = "printshop.svg"


def resource_dirs() -> list[Path]:
    """Where ``resources/`` may be: a PyInstaller bundle, or beside the package in a checkout."""
    candidates = [Path(__file__).resolve().parents[2] / "resources"]
    bundled = getattr(sys, "_MEIPASS", None)
    if bundled:
        candidates.insert(0, Path(bundled) / "resources")
    return candidates


def app_icon() -> QIcon:
    """The PrintShop icon."""
    for folder in resource_dirs():
        path = folder / ICON_NAME
        if path.is_file():
            icon = QIcon(str(path))
            if not icon.isNull():
                return icon
    return _drawn_icon()


def _drawn_icon(size: int = 64) -> QIcon:
    """A plain stand-in when the SVG is not installed: teal tile, orange layers."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#1f7a8c"))
    painter.drawRoundedRect(QRectF(2, 2, size - 4, size - 4), 12, 12)
    painter.setBrush(QColor("#f08a33"))
    for layer in range(4):
        inset = 20 - layer * 3
        painter.drawRect(QRectF(inset, 26 + layer * 8, size - 2 * inset, 6))
    painter.end()
    return QIcon(pixmap)
