"""Saving the packing list and the report: ask where, make the bytes, write them in a worker."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QWidget

from ....services import report_export
from ....services.event_plan import ParLine
from ....services.reports import EventReport
from ...local_time import format_date_range
from ...runner import Lane, Runner
from ...widgets.banner import BannerKind
from .pdf import packing_html, report_html, to_pdf
from .report_panel import ReportPanel

Report = Callable[[BannerKind, str, str], None]


def safe_name(text: str) -> str:
    """A file name from an event name."""
    return "".join(c if c.isalnum() or c in "-_ " else "_" for c in text).strip() or "event"


class EventExports(QObject):
    """Writes files off the GUI thread and says where they went."""

    def __init__(self, runner: Runner, parent: QWidget, report: Report) -> None:
        super().__init__(parent)
        self.runner = runner
        self.window = parent
        self.report = report
        self.file_dialog: QFileDialog | None = None

    def ask(self, title: str, name: str, pattern: str, then: Callable[[Path], None]) -> None:
        """Ask for a file to save (window-modal, not blocking), then call ``then``."""
        dialog = QFileDialog(self.window, title, name, pattern)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.fileSelected.connect(lambda chosen: then(Path(chosen)))
        dialog.finished.connect(dialog.deleteLater)
        self.file_dialog = dialog
        dialog.open()

    def write(self, path: Path, data: bytes, what: str) -> None:
        """Write ``data`` in the background and report the outcome."""

        def done(_: object) -> None:
            self.report(BannerKind.SUCCESS, f"{what} saved", str(path))

        def failed(error: Exception) -> None:
            self.report(BannerKind.ERROR, f"{what} not saved", str(error))

        self.runner.run(lambda: path.write_bytes(data), done, failed, lane=Lane.BACKGROUND)

    # -- what can be saved ---------------------------------------------------------------

    def packing_pdf(self, event: str, when: str, lines: Sequence[ParLine], path: Path) -> None:
        """The packing list as a printable PDF."""
        data = to_pdf(packing_html(event, when, lines), title=f"Packing list — {event}")
        self.write(path, data, "Packing list")

    def packing_csv(self, lines: Sequence[ParLine], path: Path) -> None:
        """The packing list as CSV."""
        self.write(path, report_export.packing_csv(lines).encode("utf-8"), "Packing list")

    def report_csv(self, reports: Sequence[EventReport], currency: str, path: Path) -> None:
        """The report (and the comparison, when there is one) as CSV."""
        text = report_export.report_csv(reports[0], currency)
        if len(reports) > 1:
            text += "\n" + report_export.comparison_csv(reports, currency)
        self.write(path, text.encode("utf-8"), "Report")

    def report_pdf(self, panel: ReportPanel, currency: str, path: Path) -> None:
        """The report with its charts as PDF."""
        images = dict(zip(("hours.png", "products.png"), panel.chart_images(), strict=True))
        html = report_html(panel.reports, currency, tuple(images))
        self.write(path, to_pdf(html, images, f"Event report — {panel.reports[0].name}"), "Report")


def when_text(starts: date, ends: date) -> str:
    """The event's dates for a document header."""
    return format_date_range(starts, ends)
