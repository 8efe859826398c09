"""Print queue aggregate: printers and print jobs."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, IdMixin, TimestampMixin
from .enums import JobPriority, JobState, PrinterStatus, one_of


class Printer(IdMixin, TimestampMixin, Base):
    """A printer: build volume, nozzle, loaded filaments, running cost."""

    __tablename__ = "printer"
    __table_args__ = (
        one_of("status", PrinterStatus),
        CheckConstraint("power_w >= 0", name="power_not_negative"),
        CheckConstraint("hourly_cost_cents >= 0", name="cost_not_negative"),
    )

    name: Mapped[str] = mapped_column(String(100), unique=True)
    model: Mapped[str | None] = mapped_column(String(100))
    build_x_mm: Mapped[float | None]
    build_y_mm: Mapped[float | None]
    build_z_mm: Mapped[float | None]
    nozzle_mm: Mapped[float] = mapped_column(default=0.4)
    loaded: Mapped[dict[str, Any]] = mapped_column(default=dict)
    status: Mapped[str] = mapped_column(String(16), default=PrinterStatus.IDLE.value)
    power_w: Mapped[int] = mapped_column(default=0)
    hourly_cost_cents: Mapped[int] = mapped_column(default=0)
    archived: Mapped[bool] = mapped_column(default=False)


class PrintJob(IdMixin, TimestampMixin, Base):
    """A job in the queue: which variant, how many, on which printer, and how it ended."""

    __tablename__ = "print_job"
    __table_args__ = (
        one_of("priority", JobPriority),
        one_of("state", JobState),
        CheckConstraint("copies > 0", name="copies_positive"),
        CheckConstraint("copies_made >= 0", name="made_not_negative"),
        Index("ix_print_job_state_position", "state", "position"),
    )

    variant_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("model_variant.id", ondelete="RESTRICT"), index=True
    )
    sliced_file_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("sliced_file.id", ondelete="RESTRICT")
    )
    copies: Mapped[int] = mapped_column(default=1)
    copies_made: Mapped[int] = mapped_column(default=0)
    priority: Mapped[str] = mapped_column(String(8), default=JobPriority.NORMAL.value)
    position: Mapped[float] = mapped_column(default=0.0)
    due_at: Mapped[datetime | None]
    event_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("market_event.id", ondelete="SET NULL"), index=True
    )
    printer_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("printer.id", ondelete="SET NULL"), index=True
    )
    state: Mapped[str] = mapped_column(String(10), default=JobState.QUEUED.value)
    started_at: Mapped[datetime | None]
    finished_at: Mapped[datetime | None]
    notes: Mapped[str | None] = mapped_column(Text)
    outcome_note: Mapped[str | None] = mapped_column(Text)
    override_reason: Mapped[str | None] = mapped_column(Text)
