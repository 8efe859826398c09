"""Fixtures for the GUI tests: isolated QSettings, demo databases, windows that always close.

Every test here runs offscreen and fails on Qt warnings (``qt_log_level_fail``), on exceptions
in slots (pytest-qt), on errors logged by the GUI package, and on threads left running.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from gui_helpers import WindowFactory
from PySide6.QtCore import QSettings, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import URL

from printshop_desktop.db.database import Database, open_database
from printshop_desktop.gui.app import configure_application
from printshop_desktop.gui.main_window import MainWindow
from printshop_desktop.gui.runner import InlineRunner, Runner, ThreadRunner
from printshop_desktop.keychain import Keychain
from printshop_desktop.services.demo import load_demo_data

GUI_DIR = Path(__file__).resolve().parent
SCREENSHOTS = GUI_DIR.parents[1] / "screenshots"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark every GUI test ``gui`` (the offscreen plugin's noise is ignored in pyproject)."""
    for item in items:
        if GUI_DIR in Path(str(item.fspath)).resolve().parents:
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def _ui_settings(tmp_path: Path, qapp: QApplication) -> Iterator[Path]:
    """QSettings go to a fresh folder per test; the app has its names and icon."""
    configure_application(qapp)
    folder = tmp_path / "qsettings"
    for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    yield folder


@pytest.fixture(autouse=True)
def _no_gui_errors(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """A bug logged by the GUI package (e.g. from a worker) fails the test."""
    caplog.set_level(logging.ERROR, logger="printshop_desktop")
    yield
    errors = [r for r in caplog.get_records("call") if r.name.startswith("printshop_desktop")
              and r.levelno >= logging.ERROR]
    assert not errors, [r.getMessage() for r in errors]


@pytest.fixture(autouse=True)
def _no_threads_left() -> Iterator[None]:
    """No test leaves pool threads running."""
    yield
    assert QThreadPool.globalInstance().waitForDone(5000)


@pytest.fixture(scope="session")
def demo_sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One SQLite file with the demo shop, made once; tests copy it."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    database = open_database(URL.create("sqlite+pysqlite", database=str(path)))
    try:
        with database.session() as session:
            load_demo_data(session)
    finally:
        database.dispose()
    return path


@pytest.fixture
def demo_sqlite(demo_sqlite_template: Path, tmp_path: Path) -> Path:
    """A private copy of the demo shop's SQLite file."""
    path = tmp_path / "shop.sqlite3"
    shutil.copyfile(demo_sqlite_template, path)
    return path


@pytest.fixture
def demo_sqlite_db(demo_sqlite: Path) -> Iterator[Database]:
    """The demo shop opened."""
    database = open_database(URL.create("sqlite+pysqlite", database=str(demo_sqlite)))
    yield database
    database.dispose()


@pytest.fixture
def demo_database(database: Database) -> Database:
    """The shared ``database`` fixture (SQLite and PostgreSQL) filled with the demo shop."""
    with database.session() as session:
        load_demo_data(session)
    return database


@pytest.fixture
def thread_runner() -> Iterator[ThreadRunner]:
    """The real runner; shut down (threads stopped) after the test."""
    runner = ThreadRunner()
    yield runner
    runner.shutdown()
    assert runner.active_threads() == 0
    runner.deleteLater()


@pytest.fixture
def make_window(qtbot: QtBot) -> Iterator[WindowFactory]:
    """Build main windows (inline runner unless one is given); all closed afterwards."""
    made: list[tuple[MainWindow, Runner]] = []

    def make(runner: Runner | None = None, *, show: bool = True, **kwargs: object) -> MainWindow:
        runner = runner or InlineRunner()
        window = MainWindow(runner, kwargs.pop("keychain", None) or Keychain(), **kwargs)
        qtbot.addWidget(window)
        made.append((window, runner))
        if show:
            window.show()
            qtbot.waitExposed(window)
        return window

    yield make
    for window, runner in made:
        window.close()
        running = [t for t in window.findChildren(QTimer) if t.isActive()]
        assert not running, f"timers left running: {running}"
        if isinstance(runner, ThreadRunner):
            runner.wait(5000)
