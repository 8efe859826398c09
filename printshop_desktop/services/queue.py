"""Print queue use cases: printers and jobs."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from ..db.catalog import Design, Variant
from ..db.enums import JobPriority, JobState, PrinterStatus
from ..db.events import MarketEvent
from ..db.files import SlicedFile
from ..db.queue import Printer, PrintJob
from ._common import clean_text, get_or_raise
from .errors import Conflict, ValidationFailed

PRIORITY_RANK = {p.value: rank for rank, p in enumerate(JobPriority)}
OPEN_STATES = (JobState.QUEUED.value, JobState.PRINTING.value, JobState.PAUSED.value)


@dataclass(frozen=True)
class PrinterRow:
    """A printer as the Print Queue lists it."""

    id: uuid.UUID
    name: str
    model: str | None
    nozzle_mm: float
    status: str
    queued_jobs: int


@dataclass(frozen=True)
class JobRow:
    """A print job as the Print Queue lists it."""

    id: uuid.UUID
    model: str
    variant: str
    copies: int
    priority: str
    state: str
    printer: str | None
    event: str | None
    due_at: datetime | None
    position: float
    created_at: datetime
    variant_id: uuid.UUID | None = None
    printer_id: uuid.UUID | None = None
    event_id: uuid.UUID | None = None
    notes: str | None = None
    copies_made: int = 0
    started_at: datetime | None = None
    finished_at: datetime | None = None
    outcome_note: str | None = None

    @property
    def is_open(self) -> bool:
        """Queued, printing or paused."""
        return self.state in OPEN_STATES

    @property
    def priority_rank(self) -> int:
        """0 for urgent … 3 for low, for sorting."""
        return PRIORITY_RANK.get(self.priority, len(PRIORITY_RANK))


@dataclass(frozen=True)
class JobInput:
    """What the new-job dialog submits."""

    variant_id: uuid.UUID
    copies: int = 1
    priority: JobPriority = JobPriority.NORMAL
    printer_id: uuid.UUID | None = None
    event_id: uuid.UUID | None = None
    due_at: datetime | None = None
    notes: str | None = None


def list_printers(session: Session) -> list[PrinterRow]:
    """Printers with the number of open jobs assigned to each."""
    open_jobs = (
        select(PrintJob.printer_id, func.count().label("n"))
        .where(PrintJob.state.in_(OPEN_STATES))
        .group_by(PrintJob.printer_id)
        .subquery()
    )
    query = (
        select(Printer, func.coalesce(open_jobs.c.n, 0))
        .outerjoin(open_jobs, open_jobs.c.printer_id == Printer.id)
        .where(Printer.archived.is_(False))
        .order_by(Printer.name)
    )
    return [
        PrinterRow(
            id=p.id,
            name=p.name,
            model=p.model,
            nozzle_mm=p.nozzle_mm,
            status=p.status,
            queued_jobs=int(n),
        )
        for p, n in session.execute(query)
    ]


def create_printer(
    session: Session,
    name: str,
    model: str | None = None,
    *,
    nozzle_mm: float = 0.4,
    build_mm: tuple[float, float, float] | None = None,
    power_w: int = 0,
    hourly_cost_cents: int = 0,
) -> uuid.UUID:
    """Add a printer; names are unique."""
    name = clean_text(name, "name", required=True, limit=100)
    if session.scalar(select(Printer.id).where(Printer.name == name)) is not None:
        raise Conflict(f"A printer named {name!r} exists already.")
    if nozzle_mm <= 0:
        raise ValidationFailed("nozzle_mm", "Nozzle diameter must be more than 0 mm.")
    x, y, z = build_mm or (None, None, None)
    printer = Printer(
        name=name,
        model=model,
        nozzle_mm=nozzle_mm,
        build_x_mm=x,
        build_y_mm=y,
        build_z_mm=z,
        power_w=power_w,
        hourly_cost_cents=hourly_cost_cents,
        status=PrinterStatus.IDLE.value,
    )
    session.add(printer)
    session.flush()
    return printer.id


def list_jobs(session: Session, *, include_finished: bool = True) -> list[JobRow]:
    """Jobs in queue order: open ones by priority and position, then finished ones."""
    is_open = case((PrintJob.state.in_(OPEN_STATES), 0), else_=1)
    rank = case(PRIORITY_RANK, value=PrintJob.priority, else_=len(PRIORITY_RANK))
    query = (
        select(PrintJob, Design.name, Variant.name, Printer.name, MarketEvent.name)
        .join(Variant, Variant.id == PrintJob.variant_id)
        .join(Design, Design.id == Variant.model_id)
        .outerjoin(Printer, Printer.id == PrintJob.printer_id)
        .outerjoin(MarketEvent, MarketEvent.id == PrintJob.event_id)
        .order_by(is_open, rank, PrintJob.position, PrintJob.created_at)
    )
    if not include_finished:
        query = query.where(PrintJob.state.in_(OPEN_STATES))
    return [
        JobRow(
            id=j.id,
            model=model,
            variant=variant,
            copies=j.copies,
            priority=j.priority,
            state=j.state,
            printer=printer,
            event=event,
            due_at=j.due_at,
            position=j.position,
            created_at=j.created_at,
            variant_id=j.variant_id,
            printer_id=j.printer_id,
            event_id=j.event_id,
            notes=j.notes,
            copies_made=j.copies_made,
            started_at=j.started_at,
            finished_at=j.finished_at,
            outcome_note=j.outcome_note,
        )
        for j, model, variant, printer, event in session.execute(query)
    ]


def latest_sliced_file(session: Session, variant_id: uuid.UUID) -> uuid.UUID | None:
    """The newest sliced-file version of a variant (a job prints the version it was queued
    with), or None when the variant has none yet."""
    return session.scalar(
        select(SlicedFile.id)
        .where(SlicedFile.variant_id == variant_id)
        .order_by(SlicedFile.version.desc())
        .limit(1)
    )


def create_job(session: Session, data: JobInput) -> uuid.UUID:
    """Queue a job at the end of its priority band."""
    get_or_raise(session, Variant, data.variant_id, "variant")
    if data.copies <= 0:
        raise ValidationFailed("copies", "Copies must be at least 1.")
    if data.printer_id is not None:
        get_or_raise(session, Printer, data.printer_id, "printer")
    last = session.scalar(select(func.max(PrintJob.position))) or 0.0
    job = PrintJob(
        variant_id=data.variant_id,
        sliced_file_id=latest_sliced_file(session, data.variant_id),
        copies=data.copies,
        priority=JobPriority(data.priority).value,
        printer_id=data.printer_id,
        event_id=data.event_id,
        due_at=data.due_at,
        notes=data.notes,
        position=last + 1.0,
        state=JobState.QUEUED.value,
    )
    session.add(job)
    session.flush()
    return job.id
