"""Planning a market event: the par list against what there is, and what to print for it.

The par list says how many of each product the stall should have. Against it stand the units
in the workshop, those packed already and those still in the queue for this event; the rest is
the shortfall. :func:`plan_production` turns the shortfall into print jobs due the evening
before the event and works out the filament those jobs (and every other open job) need
against what is on hand, as a shopping note in whole spools.
"""

from __future__ import annotations

import math
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.base import utcnow
from ..db.catalog import Design, Variant, VariantFilament
from ..db.enums import JobPriority, JobState, ProductKind
from ..db.events import EventProduct, MarketEvent
from ..db.inventory import DEFAULT_LOCATION, Filament, Product
from ..db.queue import PrintJob
from . import ledger, queue, settings_store
from ._common import get_or_raise
from .event_edit import open_event
from .job_edit import default_due
from .printers import filament_label
from .stall import at_stall, units_sold

URGENT_WITHIN = timedelta(days=7)


@dataclass(frozen=True)
class ParLine:
    """One product on the par list, planned against what there is."""

    product_id: uuid.UUID
    sku: str
    name: str
    price_cents: int
    planned: int
    workshop: int
    packed: int
    at_stall: int
    sold: int
    in_queue: int
    sellable: bool
    printable: bool

    @property
    def shortfall(self) -> int:
        """Units still to print: planned less those packed, in the workshop or queued."""
        return max(0, self.planned - self.packed - max(self.workshop, 0) - self.in_queue)

    @property
    def to_pack(self) -> int:
        """Units still to pack, as far as the workshop has them."""
        return max(0, min(self.planned - self.packed, self.workshop))


def _queued_for_event(session: Session, event_id: uuid.UUID) -> dict[uuid.UUID, int]:
    """Copies in open jobs for this event, per variant."""
    rows = session.execute(
        select(PrintJob.variant_id, PrintJob.copies).where(
            PrintJob.event_id == event_id, PrintJob.state.in_(queue.OPEN_STATES)
        )
    )
    copies: dict[uuid.UUID, int] = {}
    for variant_id, n in rows:
        copies[variant_id] = copies.get(variant_id, 0) + n
    return copies


def par_list(session: Session, event_id: uuid.UUID) -> list[ParLine]:
    """The event's products with planned, workshop, packed, at-stall, sold and queued units."""
    get_or_raise(session, MarketEvent, event_id, "event")
    workshop = ledger.product_on_hand(session, location=DEFAULT_LOCATION)
    stall = at_stall(session, event_id)
    sold = units_sold(session, event_id)
    queued = _queued_for_event(session, event_id)
    rows = session.execute(
        select(EventProduct, Product, Design.selling_allowed)
        .join(Product, Product.id == EventProduct.product_id)
        .outerjoin(Variant, Variant.id == Product.variant_id)
        .outerjoin(Design, Design.id == Variant.model_id)
        .where(EventProduct.event_id == event_id)
        .order_by(Product.name)
    )
    return [
        ParLine(
            product_id=product.id,
            sku=product.sku,
            name=product.name,
            price_cents=product.price_cents,
            planned=line.planned,
            workshop=workshop.get(product.id, 0),
            packed=line.packed,
            at_stall=stall.get(product.id, 0),
            sold=sold.get(product.id, 0),
            in_queue=queued.get(product.variant_id, 0) if product.variant_id else 0,
            sellable=bool(allowed) if product.variant_id else True,
            printable=product.variant_id is not None,
        )
        for line, product, allowed in rows
    ]


def products_for_tags(session: Session, tags: tuple[str, ...]) -> list[uuid.UUID]:
    """Finished goods (not archived, sellable) whose model has any of ``tags``."""
    wanted = {t.strip().casefold() for t in tags if t.strip()}
    found = []
    for product_id, model_tags in session.execute(
        select(Product.id, Design.tags)
        .join(Variant, Variant.id == Product.variant_id)
        .join(Design, Design.id == Variant.model_id)
        .where(
            Product.archived.is_(False),
            Product.kind == ProductKind.FINISHED_GOOD.value,
            Design.selling_allowed.is_(True),
        )
        .order_by(Product.name)
    ):
        if wanted & {t.casefold() for t in model_tags or ()}:
            found.append(product_id)
    return found


@dataclass(frozen=True)
class PlannedJob:
    """A print job the plan proposes for the event's shortfall."""

    variant_id: uuid.UUID
    product_id: uuid.UUID
    label: str
    copies: int
    sellable: bool


@dataclass(frozen=True)
class FilamentNeed:
    """Grams of one filament the open and planned jobs need, against what is on hand."""

    filament_id: uuid.UUID
    label: str
    needed_g: int
    on_hand_g: int
    spool_g: int
    supplier_url: str | None

    @property
    def short_g(self) -> int:
        """Grams missing (0 when there is enough)."""
        return max(0, self.needed_g - self.on_hand_g)

    @property
    def spools_to_buy(self) -> int:
        """Whole spools that cover the shortfall."""
        return math.ceil(self.short_g / self.spool_g) if self.short_g else 0


@dataclass(frozen=True)
class ProductionPlan:
    """What to print for an event, and what to buy for it."""

    event_id: uuid.UUID
    due_at: datetime
    priority: JobPriority
    jobs: tuple[PlannedJob, ...]
    filament: tuple[FilamentNeed, ...]
    notes: tuple[str, ...]

    @property
    def shopping(self) -> tuple[FilamentNeed, ...]:
        """Only the filaments that run short."""
        return tuple(f for f in self.filament if f.short_g)

    def shopping_note(self) -> str:
        """The shopping list as text, one line per filament to buy."""
        if not self.shopping:
            return "Filament on hand covers every open and planned job."
        lines = []
        for need in self.shopping:
            where = f" — {need.supplier_url}" if need.supplier_url else ""
            lines.append(
                f"Buy {need.spools_to_buy} × {need.spool_g / 1000:g} kg {need.label} "
                f"(short {need.short_g:,} g){where}"
            )
        return "\n".join(lines)


def _grams_by_filament(session: Session, copies: dict[uuid.UUID, int]) -> dict[uuid.UUID, float]:
    grams: dict[uuid.UUID, float] = {}
    for variant_id, filament_id, g in session.execute(
        select(
            VariantFilament.variant_id, VariantFilament.filament_id, VariantFilament.grams
        ).where(VariantFilament.variant_id.in_(list(copies)))
    ):
        grams[filament_id] = grams.get(filament_id, 0.0) + g * copies[variant_id]
    return grams


def _open_job_copies(session: Session) -> dict[uuid.UUID, int]:
    copies: dict[uuid.UUID, int] = {}
    for variant_id, n in session.execute(
        select(PrintJob.variant_id, PrintJob.copies).where(PrintJob.state == JobState.QUEUED.value)
    ):
        copies[variant_id] = copies.get(variant_id, 0) + n
    return copies


def plan_production(
    session: Session, event_id: uuid.UUID, now: datetime | None = None
) -> ProductionPlan:
    """Jobs for the par list's shortfall and the filament they and the queue need."""
    event = open_event(session, event_id)
    lines = par_list(session, event_id)
    variants = dict(
        session.execute(
            select(Product.id, Product.variant_id).where(
                Product.id.in_([line.product_id for line in lines])
            )
        ).all()
    )
    jobs, notes = [], []
    for line in lines:
        if not line.shortfall:
            continue
        variant_id = variants.get(line.product_id)
        if variant_id is None:
            notes.append(f"{line.name} is bought in, not printed: buy {line.shortfall} more.")
            continue
        if not line.sellable:
            notes.append(f"{line.name}: its licence does not allow selling prints.")
        jobs.append(
            PlannedJob(variant_id, line.product_id, line.name, line.shortfall, line.sellable)
        )
    due = default_due(event.starts_on)
    soon = due - (now or utcnow()) < URGENT_WITHIN
    copies = _open_job_copies(session)
    for job in jobs:
        copies[job.variant_id] = copies.get(job.variant_id, 0) + job.copies
    needed = _grams_by_filament(session, copies)
    on_hand = ledger.filament_on_hand(session)
    spool_g = settings_store.get(session, settings_store.PURCHASE_SPOOL)
    filaments = {
        f.id: f for f in session.scalars(select(Filament).where(Filament.id.in_(list(needed))))
    }
    needs = tuple(
        sorted(
            (
                FilamentNeed(
                    fid,
                    filament_label(filaments[fid]),
                    math.ceil(grams),
                    sum(on_hand.get(fid, (0, 0))),
                    spool_g,
                    filaments[fid].supplier_url,
                )
                for fid, grams in needed.items()
            ),
            key=lambda n: (-n.short_g, n.label),
        )
    )
    return ProductionPlan(
        event_id=event_id,
        due_at=due,
        priority=JobPriority.HIGH if soon else JobPriority.NORMAL,
        jobs=tuple(jobs),
        filament=needs,
        notes=tuple(notes),
    )


def apply_plan(session: Session, plan: ProductionPlan) -> list[uuid.UUID]:
    """Queue the plan's jobs for the event; planning again afterwards finds no shortfall.

    The shortfall is worked out again first, so a plan applied twice (or after someone else
    queued jobs for the event) queues only what is still missing.
    """
    current = {job.product_id: job for job in plan_production(session, plan.event_id).jobs}
    wanted = [
        PlannedJob(
            j.variant_id,
            j.product_id,
            j.label,
            min(j.copies, current[j.product_id].copies),
            j.sellable,
        )
        for j in plan.jobs
        if j.product_id in current
    ]
    return [
        queue.create_job(
            session,
            queue.JobInput(
                variant_id=job.variant_id,
                copies=job.copies,
                priority=plan.priority,
                event_id=plan.event_id,
                due_at=plan.due_at,
                notes="planned for the event's par list",
            ),
        )
        for job in wanted
    ]
