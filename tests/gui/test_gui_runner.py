"""The background runner: results on the GUI thread, database work one at a time."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from printshop_desktop.db.errors import DatabaseUnavailable
from printshop_desktop.gui.runner import InlineRunner, Lane, ThreadRunner


def test_results_arrive_on_the_gui_thread(thread_runner: ThreadRunner, qtbot: QtBot) -> None:
    seen: dict[str, object] = {}

    def work() -> int:
        seen["worker"] = threading.get_ident()
        return 42

    def done(value: int) -> None:
        seen["value"] = value
        seen["gui"] = QThread.currentThread() is QApplication.instance().thread()

    thread_runner.run(work, done, pytest.fail)
    qtbot.waitUntil(lambda: "value" in seen)
    assert seen["value"] == 42 and seen["gui"] is True
    assert seen["worker"] != threading.get_ident()


def test_errors_arrive_as_the_named_error(thread_runner: ThreadRunner, qtbot: QtBot) -> None:
    errors: list[Exception] = []

    def work() -> None:
        raise DatabaseUnavailable("the server is down")

    thread_runner.run(work, pytest.fail, errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], DatabaseUnavailable)


def _overlap(thread_runner: ThreadRunner, qtbot: QtBot, lane: Lane) -> int:
    lock = threading.Lock()
    state = {"now": 0, "most": 0, "done": 0}

    def work() -> None:
        with lock:
            state["now"] += 1
            state["most"] = max(state["most"], state["now"])
        time.sleep(0.05)
        with lock:
            state["now"] -= 1

    def done(_: None) -> None:
        state["done"] += 1

    for _ in range(4):
        thread_runner.run(work, done, pytest.fail, lane=lane)
    qtbot.waitUntil(lambda: state["done"] == 4)
    return state["most"]


def test_database_work_is_serialised(thread_runner: ThreadRunner, qtbot: QtBot) -> None:
    assert _overlap(thread_runner, qtbot, Lane.DATABASE) == 1


def test_background_work_runs_in_parallel(thread_runner: ThreadRunner, qtbot: QtBot) -> None:
    if QThread.idealThreadCount() < 2:
        pytest.skip("one CPU: the pool runs one job at a time")
    assert _overlap(thread_runner, qtbot, Lane.BACKGROUND) > 1


def test_cancelled_task_calls_nothing_and_shutdown_stops_threads(qtbot: QtBot) -> None:
    runner = ThreadRunner()
    task = runner.run(lambda: time.sleep(0.05), pytest.fail, pytest.fail)
    task.cancel()
    runner.wait()
    qtbot.wait(20)
    runner.shutdown()
    assert runner.active_threads() == 0
    late = runner.run(lambda: 1, pytest.fail, pytest.fail)
    assert late.cancelled


def test_inline_runner_raises_bugs_and_delivers_known_errors() -> None:
    runner = InlineRunner()
    results: list[object] = []
    runner.run(lambda: 7, results.append, pytest.fail)
    assert results == [7]

    def broken() -> None:
        raise DatabaseUnavailable("down")

    runner.run(broken, pytest.fail, results.append)
    assert isinstance(results[-1], DatabaseUnavailable)
    with pytest.raises(ZeroDivisionError):
        runner.run(lambda: 1 / 0, pytest.fail, pytest.fail)
