"""The common part of a tab's action runner: run work in the database lane, report failures."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from ..context import ShopContext
from ..widgets.banner import BannerKind

Report = Callable[[BannerKind, str, str], None]


class TabActions(QObject):
    """Runs a tab's actions; :attr:`dialog` is the dialog on show (tests use it)."""

    def __init__(
        self, context: ShopContext, parent: QWidget, report: Report, changed: Callable[[], None]
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.window = parent
        self.report = report
        self.changed = changed
        self.dialog: QWidget | None = None

    def _run(self, work: Callable[[Session], Any], done: Callable[[Any], None]) -> None:
        self.context.query(work, done, self._failed)

    def failure_title(self, error: Exception) -> str:
        """The banner title for a refused action."""
        return "Not saved"

    def _failed(self, error: Exception) -> None:
        self.report(BannerKind.ERROR, self.failure_title(error), str(error))
        self.changed()
