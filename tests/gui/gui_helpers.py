"""Helpers shared by the GUI tests (imported by name: the tests folder is not a package)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QApplication, QWidget

from printshop_desktop.db.database import Database
from printshop_desktop.gui.connector import OpenedShop
from printshop_desktop.gui.main_window import MainWindow

WindowFactory = Callable[..., MainWindow]


def show_shop(window: MainWindow, database: Database, *, empty: bool = False) -> None:
    """Put an open database into the window, as the connector would."""
    window.use_shop(OpenedShop(database=database, empty=empty, read_only=False))


def open_windows() -> list[QWidget]:
    """Top-level widgets still on screen."""
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]
