"""Market events aggregate: events and the products planned, packed and returned."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, IdMixin, TimestampMixin
from .enums import EventStatus, one_of


class MarketEvent(IdMixin, TimestampMixin, Base):
    """A market or fair where the shop sells at a stall."""

    __tablename__ = "market_event"
    __table_args__ = (
        one_of("status", EventStatus),
        CheckConstraint("ends_on >= starts_on", name="dates_ordered"),
        CheckConstraint("stall_fee_cents >= 0", name="fee_not_negative"),
        Index("ix_market_event_starts_on", "starts_on"),
    )

    name: Mapped[str] = mapped_column(String(200), unique=True)
    starts_on: Mapped[date]
    ends_on: Mapped[date]
    venue: Mapped[str | None] = mapped_column(String(300))
    stall_fee_cents: Mapped[int] = mapped_column(default=0)
    theme_tags: Mapped[list[str]] = mapped_column(default=list)
    status: Mapped[str] = mapped_column(String(10), default=EventStatus.PLANNED.value)
    notes: Mapped[str | None] = mapped_column(Text)


class EventProduct(Base):
    """One product on an event's par list: planned, packed, returned and damaged counts."""

    __tablename__ = "event_product"
    __table_args__ = (
        CheckConstraint(
            "planned >= 0 AND packed >= 0 AND returned >= 0 AND damaged >= 0",
            name="counts_not_negative",
        ),
    )

    event_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("market_event.id", ondelete="CASCADE"), primary_key=True
    )
    product_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("product.id", ondelete="RESTRICT"), primary_key=True, index=True
    )
    planned: Mapped[int] = mapped_column(default=0)
    packed: Mapped[int] = mapped_column(default=0)
    returned: Mapped[int] = mapped_column(default=0)
    damaged: Mapped[int] = mapped_column(default=0)
