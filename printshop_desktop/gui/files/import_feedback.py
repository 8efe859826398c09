"""What the user sees of an import: a progress dialog while files are read, then one message.

The progress dialog appears only when reading takes longer than a second, is fed by a timer
from the job's plain counters, and its Cancel stops the reading. The outcome is one banner
line (with a Details button listing every file), or a status-bar message when the banner is
busy with something more important (the database connection).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QStatusBar, QWidget

from ..widgets.banner import Banner, BannerAction, BannerKind
from .import_job import ImportJob, ImportReport

TOPIC = "files"
SHOW_AFTER_MS = 1000
REFRESH_MS = 250
SHOWN_LINES = 3


def summary(report: ImportReport) -> tuple[BannerKind, str, str]:
    """Kind, title and message of the banner for ``report``."""
    added, same, bad = len(report.added), len(report.duplicates), len(report.problems)
    parts = []
    if added:
        parts.append(f"{added} file{'s' if added != 1 else ''} added")
    if same:
        parts.append(f"{same} already in the library")
    if bad:
        parts.append(f"{bad} not added")
    title = ", ".join(parts) or ("Import cancelled" if report.cancelled else "No files found")
    if not report.lines():
        return BannerKind.INFO, title, "The drop held no model, project or sliced files."
    lines = (report.problems or report.duplicates or report.added)[:SHOWN_LINES]
    more = len(report.lines()) - len(lines)
    message = "\n".join(lines) + (f"\n… and {more} more (Details)" if more > 0 else "")
    kind = BannerKind.WARNING if bad else BannerKind.SUCCESS if added else BannerKind.INFO
    return kind, title, message


class ImportFeedback(QObject):
    """Shows one job's progress and result in the window."""

    def __init__(self, job: ImportJob, window: QWidget, banner: Banner, status: QStatusBar):
        super().__init__(job)
        self.job, self.window, self.banner, self.status = job, window, banner, status
        self.details: QMessageBox | None = None
        self.dialog = QProgressDialog("Reading the dropped files…", "Cancel", 0, 0, window)
        self.dialog.setWindowTitle("Adding files")
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(job.cancel)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._tick)
        self.timer.start(REFRESH_MS)
        self._stopped = False
        job.finished.connect(self._on_finished)

    def stop(self) -> None:
        """Close the progress dialog (reading done, or the window closing)."""
        if self._stopped:
            return
        self._stopped = True
        self.timer.stop()
        self.dialog.reset()
        self.dialog.deleteLater()

    def _tick(self) -> None:
        progress = self.job.progress
        if progress.finished:
            self.stop()
            return
        self.dialog.setMaximum(max(progress.found, 1))
        self.dialog.setValue(min(progress.done, progress.found))
        self.dialog.setLabelText(
            f"Reading {progress.done + 1} of {max(progress.found, 1)}: {progress.current}"
        )

    def _on_finished(self, report: ImportReport) -> None:
        self.stop()
        kind, title, message = summary(report)
        if self.banner.isVisible() and self.banner.topic not in ("", TOPIC):
            self.status.showMessage(f"{title}. {message.splitlines()[0]}", 15_000)
            return
        actions = (BannerAction("Details", lambda: self.show_details(report)),)
        self.banner.show_message(TOPIC, kind, title, message, actions)

    def show_details(self, report: ImportReport) -> QMessageBox:
        """Every file's outcome in a message box (not blocking)."""
        box = QMessageBox(
            QMessageBox.Icon.Information,
            "Added files",
            summary(report)[1],
            QMessageBox.StandardButton.Close,
            self.window,
        )
        box.setDetailedText("\n".join(report.lines()))
        box.setInformativeText("\n".join(report.lines()[:12]))
        box.finished.connect(box.deleteLater)
        self.details = box
        box.open()
        return box
