"""The print job life: checks before starting, the state machine, finishing and failing.

queued → printing ⇄ paused → done | failed | cancelled. Finishing writes the filament used
per spool and the units made to the ledger, once: a job that is done cannot finish again.
"""

from __future__ import annotations

import math
import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.base import utcnow
from ..db.catalog import Design, Variant, VariantFilament
from ..db.enums import JobState, MovementReason, PrinterStatus
from ..db.files import SlicedFile
from ..db.inventory import Filament, Product, Spool
from ..db.queue import Printer, PrintJob
from . import ledger
from ._common import get_or_raise
from .errors import ServiceError, ValidationFailed
from .stock_ops import make_product

ALLOWED = {
    JobState.QUEUED: {JobState.PRINTING, JobState.CANCELLED},
    JobState.PRINTING: {JobState.PAUSED, JobState.DONE, JobState.FAILED, JobState.CANCELLED},
    JobState.PAUSED: {JobState.PRINTING, JobState.FAILED, JobState.CANCELLED},
}


class IllegalTransition(ServiceError):
    """A move the job's state machine does not allow."""


@dataclass(frozen=True)
class StartProblem:
    """One reason a job should not start yet; the user may override it with a reason."""

    kind: str  # printer, nozzle, material, stock, licence
    message: str


class StartBlocked(ServiceError):
    """Starting found problems and no override reason was given."""

    def __init__(self, problems: list[StartProblem]) -> None:
        super().__init__("; ".join(p.message for p in problems))
        self.problems = problems


@dataclass(frozen=True)
class SpoolUse:
    """Grams taken from one spool (or from a filament's unopened stock when no spool)."""

    filament_id: uuid.UUID
    grams: int
    spool_id: uuid.UUID | None = None


def products_of_variant(session: Session, variant_id: uuid.UUID) -> list[uuid.UUID]:
    """The finished-good products made from a variant (usually one)."""
    query = (
        select(Product.id)
        .where(Product.variant_id == variant_id, Product.archived.is_(False))
        .order_by(Product.sku)
    )
    return list(session.scalars(query))


def _move(job: PrintJob, target: JobState) -> None:
    current = JobState(job.state)
    if target not in ALLOWED.get(current, set()):
        raise IllegalTransition(
            f"A {current.value} job cannot become {target.value}."
            + (" It is finished already." if current not in ALLOWED else "")
        )
    job.state = target.value


def needs_per_tool(session: Session, job: PrintJob) -> list[tuple[int, uuid.UUID, float]]:
    """(tool, filament, grams for the whole job) from the variant's filament needs."""
    rows = session.execute(
        select(VariantFilament.tool, VariantFilament.filament_id, VariantFilament.grams)
        .where(VariantFilament.variant_id == job.variant_id)
        .order_by(VariantFilament.tool)
    ).all()
    return [(tool, fid, grams * job.copies) for tool, fid, grams in rows]


def check_start(
    session: Session, job_id: uuid.UUID, printer_id: uuid.UUID | None = None
) -> list[StartProblem]:
    """Everything that speaks against starting this job on this printer now."""
    job = get_or_raise(session, PrintJob, job_id, "print job")
    problems: list[StartProblem] = []
    printer = (
        session.get(Printer, printer_id or job.printer_id)
        if (printer_id or job.printer_id)
        else None
    )
    if printer is None:
        problems.append(StartProblem("printer", "Choose a printer for this job."))
    else:
        if printer.status in (PrinterStatus.PRINTING.value, PrinterStatus.MAINTENANCE.value):
            problems.append(StartProblem("printer", f"{printer.name} is {printer.status}."))
        sliced = session.get(SlicedFile, job.sliced_file_id) if job.sliced_file_id else None
        if sliced and sliced.nozzle_mm and abs(sliced.nozzle_mm - printer.nozzle_mm) > 1e-6:
            problems.append(
                StartProblem(
                    "nozzle",
                    f"Sliced for a {sliced.nozzle_mm:g} mm nozzle; {printer.name} has "
                    f"{printer.nozzle_mm:g} mm.",
                )
            )
    stock = ledger.filament_on_hand(session)
    for tool, filament_id, grams in needs_per_tool(session, job):
        filament = session.get_one(Filament, filament_id)
        label = f"{filament.brand} {filament.material} {filament.colour_name}"
        if printer is not None and printer.loaded:
            loaded = printer.loaded.get(str(tool))
            loaded_filament = loaded.get("filament_id") if isinstance(loaded, dict) else loaded
            if loaded_filament and str(loaded_filament) != str(filament_id):
                problems.append(
                    StartProblem(
                        "material", f"Tool {tool} needs {label}; something else is loaded."
                    )
                )
        on_hand = sum(stock.get(filament_id, (0, 0)))
        if on_hand < grams:
            problems.append(
                StartProblem(
                    "stock", f"Tool {tool} needs {grams:.0f} g of {label}; {on_hand} g on hand."
                )
            )
    design = session.execute(
        select(Design)
        .join(Variant, Variant.model_id == Design.id)
        .where(Variant.id == job.variant_id)
    ).scalar_one()
    for_sale = job.event_id is not None or bool(products_of_variant(session, job.variant_id))
    expired = (
        design.selling_allowed_until is not None and design.selling_allowed_until < date.today()
    )
    if for_sale and (not design.selling_allowed or expired):
        why = (
            "its permission to sell expired"
            if design.selling_allowed
            else ("its licence does not allow selling prints")
        )
        problems.append(StartProblem("licence", f"{design.name} makes stock for sale, but {why}."))
    return problems


def start_job(
    session: Session,
    job_id: uuid.UUID,
    *,
    printer_id: uuid.UUID | None = None,
    override_reason: str | None = None,
) -> None:
    """Start (or resume) a job. Problems block it unless a reason to override is given."""
    job = get_or_raise(session, PrintJob, job_id, "print job")
    if job.state != JobState.QUEUED.value:
        _move(job, JobState.PRINTING)  # resumes a paused job; refuses any other state
        session.flush()
        return
    problems = check_start(session, job_id, printer_id)
    if problems and not (override_reason or "").strip():
        raise StartBlocked(problems)
    _move(job, JobState.PRINTING)
    if printer_id is not None:
        job.printer_id = printer_id
    if problems:
        job.override_reason = (
            f"{override_reason.strip()} (overrode: {'; '.join(p.message for p in problems)})"
            if override_reason
            else None
        )
    job.started_at = utcnow()
    if job.printer_id is not None:
        session.get_one(Printer, job.printer_id).status = PrinterStatus.PRINTING.value
    session.flush()


def pause_job(session: Session, job_id: uuid.UUID) -> None:
    """Pause a printing job."""
    _move(get_or_raise(session, PrintJob, job_id, "print job"), JobState.PAUSED)
    session.flush()


def cancel_job(session: Session, job_id: uuid.UUID, reason: str | None = None) -> None:
    """Cancel a job that has not finished; nothing is written to stock."""
    job = get_or_raise(session, PrintJob, job_id, "print job")
    was_running = job.state in (JobState.PRINTING.value, JobState.PAUSED.value)
    _move(job, JobState.CANCELLED)
    job.finished_at = utcnow()
    job.outcome_note = reason or None
    _free_printer(session, job, was_running)
    session.flush()


def _free_printer(session: Session, job: PrintJob, was_running: bool) -> None:
    if was_running and job.printer_id is not None:
        session.get_one(Printer, job.printer_id).status = PrinterStatus.IDLE.value


def suggest_usage(session: Session, job_id: uuid.UUID) -> list[SpoolUse]:
    """The filament a job is expected to use, from the spools loaded where known."""
    job = get_or_raise(session, PrintJob, job_id, "print job")
    loaded = {}
    if job.printer_id is not None:
        loaded = session.get_one(Printer, job.printer_id).loaded or {}
    remaining = ledger.spool_remaining(session)
    uses = []
    for tool, filament_id, grams in needs_per_tool(session, job):
        slot = loaded.get(str(tool))
        spool_id = slot.get("spool_id") if isinstance(slot, dict) else None
        if spool_id is None:
            spools = session.scalars(
                select(Spool.id).where(Spool.filament_id == filament_id, Spool.archived.is_(False))
            ).all()
            spool_id = max(spools, key=lambda s: remaining.get(s, 0), default=None)
        uses.append(
            SpoolUse(filament_id, math.ceil(grams), uuid.UUID(str(spool_id)) if spool_id else None)
        )
    return uses


def _consume(
    session: Session, job: PrintJob, uses: list[SpoolUse], reason: MovementReason, note: str
) -> None:
    for use in uses:
        if use.grams < 0:
            raise ValidationFailed("grams", "Grams used cannot be negative.")
        if use.grams == 0:
            continue
        if use.spool_id is not None:
            spool = get_or_raise(session, Spool, use.spool_id, "spool")
            if spool.filament_id != use.filament_id:
                raise ValidationFailed("spool", "That spool holds another filament.")
        ledger.record(
            session,
            ledger.MovementInput(
                quantity=-use.grams,
                reason=reason,
                filament_id=use.filament_id,
                spool_id=use.spool_id,
                job_id=job.id,
                note=note,
            ),
        )


def finish_job(session: Session, job_id: uuid.UUID, copies_made: int, uses: list[SpoolUse]) -> None:
    """Mark a job done: filament used per spool out, units made in (with their accessories)."""
    job = get_or_raise(session, PrintJob, job_id, "print job")
    if copies_made < 0 or copies_made > job.copies:
        raise ValidationFailed("copies_made", f"Copies made must be 0 to {job.copies}.")
    _move(job, JobState.DONE)
    _consume(session, job, uses, MovementReason.PRINT_CONSUMED, "printed")
    products = products_of_variant(session, job.variant_id)
    if products and copies_made:
        make_product(
            session, products[0], copies_made, job_id=job.id, op_id=uuid.uuid5(job.id, "finished")
        )
    job.copies_made = copies_made
    job.finished_at = utcnow()
    _free_printer(session, job, True)
    session.flush()


def fail_job(session: Session, job_id: uuid.UUID, reason: str, uses: list[SpoolUse]) -> None:
    """Mark a job failed; the filament it used (the share printed) is recorded as waste."""
    if not reason.strip():
        raise ValidationFailed("reason", "Say what went wrong, for the history.")
    job = get_or_raise(session, PrintJob, job_id, "print job")
    _move(job, JobState.FAILED)
    _consume(session, job, uses, MovementReason.PRINT_FAILED, reason.strip())
    job.outcome_note = reason.strip()
    job.finished_at = utcnow()
    _free_printer(session, job, True)
    session.flush()


def scale_uses(uses: list[SpoolUse], share: float) -> list[SpoolUse]:
    """The filament of a part-printed job: each use times ``share`` (0 to 1)."""
    if not 0 <= share <= 1:
        raise ValidationFailed("share", "The share printed is between 0 % and 100 %.")
    return [SpoolUse(u.filament_id, math.ceil(u.grams * share), u.spool_id) for u in uses]
