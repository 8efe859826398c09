"""What the Print Queue's buttons do: dialogs in, service calls off the GUI thread, news out.

Each action loads what its dialog needs in the database lane, opens the dialog (window-modal,
never blocking), saves through the service and reports the outcome on the tab's banner. A
move the job's state machine refuses (say, a job finished on another PC meanwhile) is shown
with the service's own message.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy.orm import Session

from ....services import job_edit, jobs, printers, queue
from ....services.job_edit import JobChoices
from ....services.printers import FilamentOption, SpoolChoice
from ....services.queue import JobRow
from ...dialogs.job_dialog import JobDialog
from ...dialogs.job_start_dialog import JobStartDialog, StartRequest
from ...dialogs.job_submit import submit_with
from ...dialogs.job_usage_dialog import JobUsageDialog, UsageMode, UsageResult
from ...dialogs.printer_dialog import PrinterDialog
from ...widgets.banner import BannerKind
from ..tab_actions import TabActions


@dataclass(frozen=True)
class UsageChoices:
    """What the finish and fail dialogs need."""

    label: str
    copies: int
    suggested: list[jobs.SpoolUse]
    filaments: list[FilamentOption]
    spools: list[SpoolChoice]


def _usage_choices(session: Session, job_id: uuid.UUID) -> UsageChoices:
    detail = job_edit.get_job(session, job_id)
    return UsageChoices(
        detail.label,
        detail.data.copies,
        jobs.suggest_usage(session, job_id),
        printers.filament_options(session),
        printers.spool_choices(session),
    )


def _printer_choices(session: Session) -> tuple[list[FilamentOption], list[SpoolChoice]]:
    return printers.filament_options(session), printers.spool_choices(session)


def _start_choices(
    session: Session, job_id: uuid.UUID, printer_id: uuid.UUID | None
) -> tuple[str, JobChoices, list[jobs.StartProblem]]:
    return (
        job_edit.get_job(session, job_id).label,
        job_edit.job_choices(session),
        jobs.check_start(session, job_id, printer_id),
    )


class JobActions(TabActions):
    """Runs the queue's actions for a tab; :attr:`dialog` is the dialog on show (tests)."""

    def failure_title(self, error: Exception) -> str:
        """A refused state change reads differently from a failed save."""
        return "That cannot be done" if isinstance(error, jobs.IllegalTransition) else "Not saved"

    def _show(self, dialog: QWidget) -> None:
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)  # type: ignore[attr-defined]
        dialog.open()  # type: ignore[attr-defined]

    def _saved(self, title: str, message: str = "") -> Callable[[Any], None]:
        def done(_: object = None) -> None:
            self.report(BannerKind.SUCCESS, title, message)
            self.changed()

        return done

    # -- jobs --------------------------------------------------------------------------

    def new_job(
        self,
        printer_id: uuid.UUID | None = None,
        event_id: uuid.UUID | None = None,
    ) -> None:
        """Open the new-job dialog."""

        def show(choices: JobChoices) -> None:
            dialog = JobDialog(choices, parent=self.window)
            dialog.select(printer_id, event_id)
            submit_with(self.context, dialog, queue.create_job, self._saved("Job queued"))
            self._show(dialog)

        self._run(job_edit.job_choices, show)

    def edit_job(self, job: JobRow) -> None:
        """Open the job dialog on an open job."""

        def load(session: Session) -> tuple[JobChoices, job_edit.JobDetail]:
            return job_edit.job_choices(session), job_edit.get_job(session, job.id)

        def show(found: tuple[JobChoices, job_edit.JobDetail]) -> None:
            dialog = JobDialog(found[0], found[1], parent=self.window)
            submit_with(
                self.context,
                dialog,
                lambda s, data: job_edit.update_job(s, job.id, data),
                self._saved("Job saved"),
            )
            self._show(dialog)

        self._run(load, show)

    def start(self, job: JobRow) -> None:
        """Start a queued job: at once when nothing speaks against it, else via the dialog."""

        def checked(found: tuple[str, JobChoices, list[jobs.StartProblem]]) -> None:
            label, choices, problems = found
            if not problems:
                self._run(
                    lambda s: jobs.start_job(s, job.id),
                    self._saved("Printing", f"{label} started on {job.printer}."),
                )
                return
            self._open_start(job, label, choices, problems)

        self._run(lambda s: _start_choices(s, job.id, job.printer_id), checked)

    def _open_start(
        self, job: JobRow, label: str, choices: JobChoices, problems: list[jobs.StartProblem]
    ) -> None:
        dialog = JobStartDialog(label, choices.printers, job.printer_id, problems, self.window)

        def recheck(printer_id: uuid.UUID | None) -> None:
            self._run(lambda s: jobs.check_start(s, job.id, printer_id), dialog.show_problems)

        def start(session: Session, request: StartRequest) -> None:
            jobs.start_job(
                session,
                job.id,
                printer_id=request.printer_id,
                override_reason=request.override_reason,
            )

        dialog.printer_changed.connect(recheck)
        submit_with(self.context, dialog, start, self._saved("Printing", f"{label} started."))
        self._show(dialog)

    def pause(self, job: JobRow) -> None:
        """Pause a printing job."""
        self._run(lambda s: jobs.pause_job(s, job.id), self._saved("Paused", _label(job)))

    def resume(self, job: JobRow) -> None:
        """Resume a paused job."""
        self._run(lambda s: jobs.start_job(s, job.id), self._saved("Printing again", _label(job)))

    def finish(self, job: JobRow) -> None:
        """Record a finished job: spools used and copies made."""
        self._usage(job, UsageMode.FINISH)

    def fail(self, job: JobRow) -> None:
        """Record a failed job: the share printed goes to waste, with a reason."""
        self._usage(job, UsageMode.FAIL)

    def _usage(self, job: JobRow, mode: UsageMode) -> None:
        def show(found: UsageChoices) -> None:
            dialog = JobUsageDialog(
                mode,
                found.label,
                found.copies,
                found.suggested,
                found.filaments,
                found.spools,
                self.window,
            )
            submit_with(self.context, dialog, _record_usage(job.id), self._usage_saved(job))
            self._show(dialog)

        self._run(lambda s: _usage_choices(s, job.id), show)

    def _usage_saved(self, job: JobRow) -> Callable[[UsageResult], None]:
        def done(result: UsageResult) -> None:
            grams = sum(u.grams for u in result.uses)
            if result.mode is UsageMode.FINISH:
                title = "Print finished"
                text = f"{result.copies_made} made of {_label(job)}; {grams:,} g of filament used."
            else:
                title = "Failure recorded"
                text = f"{_label(job)}: {grams:,} g of filament recorded as waste."
            self.report(BannerKind.SUCCESS, title, text)
            self.changed()

        return done

    def cancel(self, job: JobRow) -> None:
        """Ask, then cancel a job (nothing is written to stock)."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Cancel print job",
            f"Cancel {_label(job)}?\nNothing is written to stock; the job stays in the history.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self.window,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)

        def answered(button: int) -> None:
            if button == QMessageBox.StandardButton.Yes:
                self._run(lambda s: jobs.cancel_job(s, job.id), self._saved("Job cancelled"))

        box.finished.connect(answered)
        self._show(box)

    def reorder(self, order: list[uuid.UUID], moved: list[uuid.UUID]) -> None:
        """Save a new manual order."""

        def done(changes: list[job_edit.PriorityChange]) -> None:
            if changes:
                text = "; ".join(f"{c.label} is now {c.new}" for c in changes)
                self.report(BannerKind.INFO, "Order saved", f"Moved into another priority: {text}.")
            self.changed()

        self._run(lambda s: job_edit.reorder_jobs(s, order, moved), done)

    # -- printers ----------------------------------------------------------------------

    def new_printer(self) -> None:
        """Open the printer dialog for a new printer."""
        self._printer(None)

    def edit_printer(self, printer_id: uuid.UUID) -> None:
        """Open the printer dialog on a printer."""
        self._printer(printer_id)

    def _printer(self, printer_id: uuid.UUID | None) -> None:
        def load(session: Session) -> tuple[Any, ...]:
            detail = printers.get_printer(session, printer_id).data if printer_id else None
            return (*_printer_choices(session), detail)

        def show(found: tuple[Any, ...]) -> None:
            filaments, spools, detail = found
            dialog = PrinterDialog(filaments, spools, detail, self.window)
            submit_with(
                self.context,
                dialog,
                lambda s, data: printers.save_printer(s, data, printer_id),
                self._saved("Printer saved"),
            )
            self._show(dialog)

        self._run(load, show)


def _record_usage(job_id: uuid.UUID) -> Callable[[Session, UsageResult], UsageResult]:
    def record(session: Session, result: UsageResult) -> UsageResult:
        if result.mode is UsageMode.FINISH:
            jobs.finish_job(session, job_id, result.copies_made, list(result.uses))
        else:
            jobs.fail_job(session, job_id, result.reason, list(result.uses))
        return result

    return record


def _label(job: JobRow) -> str:
    return f"{job.copies} × {job.model} — {job.variant}"
