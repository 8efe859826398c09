"""Start the desktop app: ``run(argv)`` shows the window at once and connects in the background."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtWidgets import QApplication

from .. import __version__
from ..keychain import Keychain
from .icons import app_icon
from .main_window import MainWindow
from .runner import ThreadRunner
from .window_state import APPLICATION, ORGANIZATION

DESKTOP_FILE = "printshop-desktop"
#: Uploads, hashing and boto3 run Python threads beside the window; handing the interpreter
#: lock over every 1 ms (not 5 ms) keeps the GUI thread's waits short (bench_gui_stall.py).
SWITCH_INTERVAL_S = 0.001


def configure_application(app: QApplication) -> None:
    """Names (used by QSettings and the desktop), version and icon."""
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_FILE)
    app.setWindowIcon(app_icon())


def run(argv: Sequence[str] | None = None) -> int:
    """Open the main window; returns the exit code when it closes."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv or sys.argv))
    configure_application(app)
    sys.setswitchinterval(SWITCH_INTERVAL_S)
    runner = ThreadRunner()
    try:
        window = MainWindow(runner, Keychain(), defer_hidden_tabs=True)
        window.show()
        window.start()
        return app.exec()
    finally:
        runner.shutdown()
