"""Window geometry and the last tab come back in a new window (QSettings, isolated per test)."""

from __future__ import annotations

from pathlib import Path

from gui_helpers import WindowFactory
from PySide6.QtCore import QSettings

from printshop_desktop.gui.window_state import GEOMETRY_KEY, TAB_KEY, ui_settings


def test_geometry_and_tab_are_restored(make_window: WindowFactory, _ui_settings: Path) -> None:
    first = make_window()
    assert (first.width(), first.height()) == (1280, 800)
    first.resize(720, 520)  # the offscreen screen is 800x600
    first.ui.actionShowQueue.trigger()
    first.close()
    settings = ui_settings()
    assert str(_ui_settings) in settings.fileName()
    assert settings.value(TAB_KEY) == "QueueTab"
    assert set(settings.allKeys()) == {GEOMETRY_KEY, TAB_KEY}  # UI state only

    second = make_window()
    assert (second.width(), second.height()) == (720, 520)
    assert second.current_tab() is second.tabs[2]


def test_explicit_settings_object_is_used(make_window: WindowFactory, tmp_path: Path) -> None:
    path = tmp_path / "state.ini"
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    window = make_window(settings=settings)
    window.ui.actionShowEvents.trigger()
    window.close()
    assert "EventsTab" in path.read_text()
