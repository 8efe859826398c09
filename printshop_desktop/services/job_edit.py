"""Editing the queue: a job's details, the choices of the job dialog, and the manual order.

The queue shows open jobs by priority, then by ``position``. Dragging a job to another place
renumbers the open jobs in the order shown; a job dropped among jobs of another priority takes
that priority, so that the order on screen is the order that stays.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.catalog import Design, Variant
from ..db.enums import EventStatus, JobPriority, JobState
from ..db.events import MarketEvent
from ..db.files import SlicedFile
from ..db.inventory import Product
from ..db.queue import Printer, PrintJob
from ._common import clean_text, get_or_raise
from .errors import ValidationFailed
from .jobs import IllegalTransition
from .queue import OPEN_STATES, JobInput


@dataclass(frozen=True)
class VariantChoice:
    """A variant to queue, with the sliced-file version a job would print."""

    id: uuid.UUID
    label: str
    sellable: bool
    sliced_version: int | None


@dataclass(frozen=True)
class Choice:
    """An id and its label (printers, events)."""

    id: uuid.UUID
    label: str


@dataclass(frozen=True)
class JobChoices:
    """Everything the job dialog offers."""

    variants: tuple[VariantChoice, ...]
    printers: tuple[Choice, ...]
    events: tuple[Choice, ...]


@dataclass(frozen=True)
class JobDetail:
    """A job as the job dialog fills its form."""

    id: uuid.UUID
    data: JobInput
    state: str
    label: str


@dataclass(frozen=True)
class PriorityChange:
    """A dragged job that took the priority of the place it was dropped in."""

    job_id: uuid.UUID
    label: str
    old: str
    new: str


def _sliced_versions(session: Session) -> dict[uuid.UUID, int]:
    rows = session.execute(select(SlicedFile.variant_id, SlicedFile.version))
    latest: dict[uuid.UUID, int] = {}
    for variant_id, version in rows:
        latest[variant_id] = max(version, latest.get(variant_id, 0))
    return latest


def job_choices(session: Session) -> JobChoices:
    """Variants (not archived), printers and events that are not closed."""
    versions = _sliced_versions(session)
    variants = tuple(
        VariantChoice(v.id, f"{d.name} — {v.name}", d.selling_allowed, versions.get(v.id))
        for v, d in session.execute(
            select(Variant, Design)
            .join(Design, Design.id == Variant.model_id)
            .where(Variant.archived.is_(False), Design.archived.is_(False))
            .order_by(Design.name, Variant.name)
        )
    )
    printers = tuple(
        Choice(p.id, p.name)
        for p in session.scalars(
            select(Printer).where(Printer.archived.is_(False)).order_by(Printer.name)
        )
    )
    events = tuple(
        Choice(e.id, f"{e.name} ({e.starts_on:%d %b %Y})")
        for e in session.scalars(
            select(MarketEvent)
            .where(MarketEvent.status != EventStatus.CLOSED.value)
            .order_by(MarketEvent.starts_on)
        )
    )
    return JobChoices(variants, printers, events)


def variant_of_product(session: Session, product_id: uuid.UUID) -> uuid.UUID | None:
    """The variant a finished-good product is printed from."""
    return session.scalar(select(Product.variant_id).where(Product.id == product_id))


def _label(session: Session, job: PrintJob) -> str:
    design, variant = session.execute(
        select(Design.name, Variant.name)
        .join(Variant, Variant.model_id == Design.id)
        .where(Variant.id == job.variant_id)
    ).one()
    return f"{job.copies} × {design} — {variant}"


def get_job(session: Session, job_id: uuid.UUID) -> JobDetail:
    """One job for the dialog."""
    job = get_or_raise(session, PrintJob, job_id, "print job")
    data = JobInput(
        variant_id=job.variant_id,
        copies=job.copies,
        priority=JobPriority(job.priority),
        printer_id=job.printer_id,
        event_id=job.event_id,
        due_at=job.due_at,
        notes=job.notes,
    )
    return JobDetail(job.id, data, job.state, _label(session, job))


def update_job(session: Session, job_id: uuid.UUID, data: JobInput) -> None:
    """Change an open job. What is printed (variant, copies) changes only while queued."""
    job = get_or_raise(session, PrintJob, job_id, "print job")
    if job.state not in OPEN_STATES:
        raise IllegalTransition(f"A {job.state} job is finished and cannot be changed.")
    if data.copies <= 0:
        raise ValidationFailed("copies", "Copies must be at least 1.")
    printing = (data.variant_id, data.copies) != (job.variant_id, job.copies)
    if printing and job.state != JobState.QUEUED.value:
        raise IllegalTransition(
            f"A {job.state} job keeps its variant and copies; cancel it and queue a new one."
        )
    get_or_raise(session, Variant, data.variant_id, "variant")
    if data.printer_id is not None:
        get_or_raise(session, Printer, data.printer_id, "printer")
    if data.event_id is not None:
        get_or_raise(session, MarketEvent, data.event_id, "event")
    job.variant_id = data.variant_id
    job.copies = data.copies
    job.priority = JobPriority(data.priority).value
    job.printer_id = data.printer_id
    job.event_id = data.event_id
    job.due_at = data.due_at
    job.notes = clean_text(data.notes, "notes", limit=2000) or None
    session.flush()


def reorder_jobs(
    session: Session, ordered_ids: Sequence[uuid.UUID], moved: Sequence[uuid.UUID] = ()
) -> list[PriorityChange]:
    """Persist the manual order of the open jobs (``ordered_ids``, first to print first).

    Open jobs missing from ``ordered_ids`` keep their place after the listed ones. Each job
    in ``moved`` that landed among jobs of another priority takes that priority.
    """
    jobs = {
        j.id: j for j in session.scalars(select(PrintJob).where(PrintJob.state.in_(OPEN_STATES)))
    }
    order = [jobs[i] for i in dict.fromkeys(ordered_ids) if i in jobs]
    rest = sorted(
        (j for j in jobs.values() if j not in order), key=lambda j: (j.position, j.created_at)
    )
    changes = []
    for number, job in enumerate(order):
        if job.id not in moved:
            continue
        above = next((j for j in reversed(order[:number]) if j.id not in moved), None)
        below = next((j for j in order[number + 1 :] if j.id not in moved), None)
        allowed = {n.priority for n in (above, below) if n is not None}
        if allowed and job.priority not in allowed:
            new = (above or below).priority  # type: ignore[union-attr]
            changes.append(PriorityChange(job.id, _label(session, job), job.priority, new))
            job.priority = new
    for number, job in enumerate([*order, *rest], start=1):
        job.position = float(number)
    session.flush()
    return changes


def default_due(event_starts: date) -> datetime:
    """Jobs for an event are due the evening before it starts (18:00 UTC)."""
    return datetime.combine(event_starts - timedelta(days=1), time(18, 0), tzinfo=UTC)
