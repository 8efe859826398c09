"""Stock over time, for the Inventory charts: grams of each filament used per week.

Use is what left the shelves for good: printed (``print_consumed``), failed prints and waste.
Weeks start on Monday (UTC dates) and every week of the window is present, with 0 when nothing
was used, so a line chart needs no gap handling.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.enums import MovementReason
from ..db.inventory import Filament
from ..db.inventory import StockMovement as Movement
from .errors import ValidationFailed
from .inventory_edit import filament_label

USAGE_REASONS = (
    MovementReason.PRINT_CONSUMED.value,
    MovementReason.PRINT_FAILED.value,
    MovementReason.WASTE.value,
)


@dataclass(frozen=True)
class UsageSeries:
    """Grams of one filament used in each week (``weeks[i]`` is a Monday)."""

    filament_id: uuid.UUID
    label: str
    colour_hex: str
    weeks: tuple[date, ...]
    grams: tuple[int, ...]
    short: str = ""

    @property
    def total_g(self) -> int:
        """Grams used over the whole window."""
        return sum(self.grams)


def week_start(day: date) -> date:
    """The Monday of ``day``'s week."""
    return day - timedelta(days=day.weekday())


def filament_usage(
    session: Session, *, weeks: int = 12, today: date | None = None
) -> list[UsageSeries]:
    """Grams used per week over the last ``weeks`` weeks, per filament that was used at all,
    most used first."""
    if weeks < 1:
        raise ValidationFailed("weeks", "Show at least one week.")
    last = week_start(today or datetime.now(UTC).date())
    first = last - timedelta(weeks=weeks - 1)
    starts = tuple(first + timedelta(weeks=n) for n in range(weeks))
    query = select(Movement.filament_id, Movement.occurred_at, Movement.quantity).where(
        Movement.filament_id.is_not(None),
        Movement.quantity < 0,
        Movement.reason.in_(USAGE_REASONS),
        Movement.occurred_at >= datetime.combine(first, time(), UTC),
    )
    used: dict[uuid.UUID, list[int]] = {}
    for filament_id, occurred_at, quantity in session.execute(query):
        if filament_id is None:
            continue
        moment = occurred_at if occurred_at.tzinfo else occurred_at.replace(tzinfo=UTC)
        slot = (week_start(moment.astimezone(UTC).date()) - first).days // 7
        if 0 <= slot < weeks:
            used.setdefault(filament_id, [0] * weeks)[slot] -= quantity
    if not used:
        return []
    filaments = session.scalars(select(Filament).where(Filament.id.in_(list(used))))
    series = [
        UsageSeries(
            f.id,
            filament_label(f),
            f.colour_hex,
            starts,
            tuple(used[f.id]),
            f"{f.material} {f.colour_name}",
        )
        for f in filaments
    ]
    return sorted(series, key=lambda s: (-s.total_g, s.label))
