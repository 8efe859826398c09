"""Window geometry and the last tab, kept in QSettings. Nothing else goes into QSettings."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QTabWidget

ORGANIZATION = "PrintShop"
APPLICATION = "PrintShop Desktop"
GEOMETRY_KEY = "main_window/geometry"
TAB_KEY = "main_window/tab"


def ui_settings() -> QSettings:
    """The INI file for UI state, in the user's config location (same format on every OS)."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
    )


class WindowState:
    """Saves and restores a main window's geometry and its current tab (by object name)."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self.settings = settings if settings is not None else ui_settings()

    def restore(self, window: QMainWindow, tabs: QTabWidget) -> None:
        """Put the window back where it was, on the tab it showed."""
        geometry = self.settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray | bytes) and geometry:
            window.restoreGeometry(QByteArray(geometry))
        name = self.settings.value(TAB_KEY)
        for number in range(tabs.count()):
            widget = tabs.widget(number)
            if widget is not None and widget.objectName() == name:
                tabs.setCurrentIndex(number)
                break

    def save(self, window: QMainWindow, tabs: QTabWidget) -> None:
        """Remember the window's geometry and current tab."""
        self.settings.setValue(GEOMETRY_KEY, window.saveGeometry())
        current = tabs.currentWidget()
        if current is not None:
            self.settings.setValue(TAB_KEY, current.objectName())
        self.settings.sync()
