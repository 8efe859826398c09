"""Audit log: who changed which row, when, before and after. Append-only."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, utcnow
from .enums import AuditAction, one_of


class AuditEntry(Base):
    """One recorded change. Written by triggers on PostgreSQL and by the app on SQLite."""

    __tablename__ = "audit_log"
    __table_args__ = (
        one_of("action", AuditAction),
        Index("ix_audit_log_table_row", "table_name", "row_id"),
    )

    id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer(), "sqlite"),
        primary_key=True,
        autoincrement=True,
    )
    occurred_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(100))
    table_name: Mapped[str] = mapped_column(String(63))
    row_id: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(10))
    before: Mapped[dict[str, Any] | None]
    after: Mapped[dict[str, Any] | None]
