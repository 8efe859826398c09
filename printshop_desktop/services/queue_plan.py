"""Views of the queue that need some arithmetic: the timeline, material groups and history.

The timeline is an estimate: each printer works through its jobs in queue order, one after
the other, from now; a job's time is its print time per copy (the variant's, else its newest
sliced file's) × copies. With no print time known it is guessed from the grams at
:data:`GRAMS_PER_HOUR` and marked as a guess. Jobs with no printer go to the printer that is
free first. :func:`plan_timeline` is the pure computation; :func:`timeline` loads its input.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.base import utcnow
from ..db.catalog import Design, Variant, VariantFilament
from ..db.enums import JobState, PrinterStatus
from ..db.files import SlicedFile
from ..db.inventory import Filament
from ..db.queue import Printer
from . import queue

#: Print speed assumed when a variant has no print time: grams of filament per hour.
GRAMS_PER_HOUR = 12.0
UNAVAILABLE = (PrinterStatus.MAINTENANCE.value, PrinterStatus.OFFLINE.value)


@dataclass(frozen=True)
class Lane:
    """A printer the timeline can schedule on."""

    id: uuid.UUID
    name: str
    available: bool = True


@dataclass(frozen=True)
class PlanJob:
    """An open job as the timeline needs it, in queue order."""

    id: uuid.UUID
    label: str
    copies: int
    state: str
    printer_id: uuid.UUID | None
    seconds_per_copy: int
    guessed: bool
    started_at: datetime | None = None
    due_at: datetime | None = None


@dataclass(frozen=True)
class TimelineRow:
    """When one job is expected to start and finish, and where."""

    job_id: uuid.UUID
    printer_id: uuid.UUID | None
    printer: str
    label: str
    copies: int
    state: str
    start: datetime
    finish: datetime
    guessed: bool
    suggested_printer: bool
    due_at: datetime | None

    @property
    def late(self) -> bool:
        """Expected to finish after it is due."""
        return self.due_at is not None and self.finish > self.due_at

    @property
    def seconds(self) -> int:
        """Expected print time of the whole job."""
        return int((self.finish - self.start).total_seconds())


def plan_timeline(
    lanes: Sequence[Lane], jobs: Sequence[PlanJob], now: datetime
) -> list[TimelineRow]:
    """Expected start and finish of every open job (see the module notes)."""
    names = {lane.id: lane.name for lane in lanes}
    free = {lane.id: now for lane in lanes}
    rows = []

    def place(job: PlanJob, printer_id: uuid.UUID | None, start: datetime, suggested: bool) -> None:
        finish = start + timedelta(seconds=job.seconds_per_copy * job.copies)
        if job.state == JobState.PRINTING.value and finish < now:
            finish = now  # overrunning its estimate: it is still on the printer
        if printer_id is not None:
            free[printer_id] = max(free.get(printer_id, now), finish)
        rows.append(
            TimelineRow(
                job.id,
                printer_id,
                names.get(printer_id, "No printer") if printer_id else "No printer",
                job.label,
                job.copies,
                job.state,
                start,
                finish,
                job.guessed,
                suggested,
                job.due_at,
            )
        )

    running = [j for j in jobs if j.state in (JobState.PRINTING.value, JobState.PAUSED.value)]
    for job in running:
        start = job.started_at if job.state == JobState.PRINTING.value and job.started_at else now
        place(job, job.printer_id, min(start, now), False)
    usable = [lane.id for lane in lanes if lane.available]
    for job in jobs:
        if job.state != JobState.QUEUED.value:
            continue
        if job.printer_id is not None and job.printer_id in free:
            place(job, job.printer_id, free[job.printer_id], False)
        elif usable:
            target = min(usable, key=lambda pid: (free[pid], names[pid]))
            place(job, target, free[target], True)
        else:
            place(job, None, now, False)
    return sorted(rows, key=lambda r: (r.printer.casefold(), r.start))


def _seconds_per_copy(session: Session) -> dict[uuid.UUID, tuple[int, bool]]:
    """(seconds, guessed) for every variant."""
    sliced: dict[uuid.UUID, tuple[int, int]] = {}
    for variant_id, version, seconds in session.execute(
        select(SlicedFile.variant_id, SlicedFile.version, SlicedFile.print_time_s).where(
            SlicedFile.print_time_s.is_not(None)
        )
    ):
        if variant_id not in sliced or version > sliced[variant_id][0]:
            sliced[variant_id] = (version, int(seconds or 0))
    grams: dict[uuid.UUID, float] = {}
    for variant_id, g in session.execute(select(VariantFilament.variant_id, VariantFilament.grams)):
        grams[variant_id] = grams.get(variant_id, 0.0) + g
    times = {}
    for variant_id, own in session.execute(select(Variant.id, Variant.print_time_s)):
        if own is not None:
            times[variant_id] = (own, False)
        elif variant_id in sliced:
            times[variant_id] = (sliced[variant_id][1], False)
        else:
            guess = grams.get(variant_id, 0.0) / GRAMS_PER_HOUR * 3600
            times[variant_id] = (max(600, math.ceil(guess / 60) * 60), True)
    return times


def timeline(session: Session, now: datetime | None = None) -> list[TimelineRow]:
    """The estimated timeline of every open job, per printer."""
    now = now or utcnow()
    lanes = [
        Lane(p.id, p.name, p.status not in UNAVAILABLE)
        for p in session.scalars(select(Printer).where(Printer.archived.is_(False)))
    ]
    times = _seconds_per_copy(session)
    jobs = [
        PlanJob(
            id=row.id,
            label=f"{row.model} — {row.variant}",
            copies=row.copies,
            state=row.state,
            printer_id=row.printer_id,
            seconds_per_copy=times.get(row.variant_id, (3600, True))[0] if row.variant_id else 3600,
            guessed=times.get(row.variant_id, (0, True))[1] if row.variant_id else True,
            started_at=row.started_at,
            due_at=row.due_at,
        )
        for row in queue.list_jobs(session, include_finished=False)
    ]
    return plan_timeline(lanes, jobs, now)


@dataclass(frozen=True)
class MaterialRow:
    """A queued job under the material and colour of its first tool."""

    job_id: uuid.UUID
    material: str
    colour: str
    colour_hex: str
    label: str
    copies: int
    grams: float
    printer: str | None
    group_jobs: int
    group_grams: float

    @property
    def group(self) -> str:
        """``PLA · Sage Green``."""
        return f"{self.material} · {self.colour}"


def material_groups(session: Session) -> list[MaterialRow]:
    """Queued jobs grouped by the filament of their first tool, to cut filament changes."""
    needs: dict[uuid.UUID, list[tuple[int, float, Filament]]] = {}
    for variant_id, tool, grams, filament in session.execute(
        select(VariantFilament.variant_id, VariantFilament.tool, VariantFilament.grams, Filament)
        .join(Filament, Filament.id == VariantFilament.filament_id)
        .order_by(VariantFilament.tool)
    ):
        needs.setdefault(variant_id, []).append((tool, grams, filament))
    rows = []
    for job in queue.list_jobs(session, include_finished=False):
        if job.state != JobState.QUEUED.value or job.variant_id is None:
            continue
        first = needs.get(job.variant_id, [])
        main: Filament | None = first[0][2] if first else None
        grams = sum(g for _t, g, _f in first) * job.copies
        rows.append(
            (
                main.material if main else "No filament set",
                main.colour_name if main else "—",
                main.colour_hex if main else "#808080",
                f"{job.model} — {job.variant}",
                job.copies,
                grams,
                job.printer,
                job.id,
            )
        )
    totals: dict[tuple[str, str], tuple[int, float]] = {}
    for material, colour, _hex, _label, _copies, grams, _printer, _id in rows:
        count, total = totals.get((material, colour), (0, 0.0))
        totals[(material, colour)] = (count + 1, total + grams)
    return [
        MaterialRow(
            job_id,
            material,
            colour,
            hexcode,
            label,
            copies,
            grams,
            printer,
            *totals[(material, colour)],
        )
        for material, colour, hexcode, label, copies, grams, printer, job_id in sorted(
            rows, key=lambda r: (r[0].casefold(), r[1].casefold())
        )
    ]


@dataclass(frozen=True)
class VariantHistory:
    """How the finished jobs of one variant went."""

    variant_id: uuid.UUID
    label: str
    done: int
    failed: int
    cancelled: int
    copies_made: int
    last_finished: datetime | None

    @property
    def success_rate(self) -> float | None:
        """Done over done + failed (cancelled jobs say nothing about the print)."""
        tried = self.done + self.failed
        return self.done / tried if tried else None


def history(session: Session) -> list[VariantHistory]:
    """Outcome statistics per variant over every finished job, the least reliable first."""
    labels = {
        vid: f"{model} — {name}"
        for vid, model, name in session.execute(
            select(Variant.id, Design.name, Variant.name).join(
                Design, Design.id == Variant.model_id
            )
        )
    }
    stats: dict[uuid.UUID, list[int]] = {}
    last: dict[uuid.UUID, datetime] = {}
    for job in queue.list_jobs(session):
        if job.is_open or job.variant_id is None:
            continue
        counts = stats.setdefault(job.variant_id, [0, 0, 0, 0])
        counts[
            [JobState.DONE.value, JobState.FAILED.value, JobState.CANCELLED.value].index(job.state)
        ] += 1
        counts[3] += job.copies_made
        if job.finished_at and (
            job.variant_id not in last or job.finished_at > last[job.variant_id]
        ):
            last[job.variant_id] = job.finished_at
    rows = [
        VariantHistory(vid, labels.get(vid, "?"), c[0], c[1], c[2], c[3], last.get(vid))
        for vid, c in stats.items()
    ]
    return sorted(
        rows,
        key=lambda r: (r.success_rate if r.success_rate is not None else 2.0, r.label.casefold()),
    )
