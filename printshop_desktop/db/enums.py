"""Closed vocabularies stored as text with CHECK constraints (portable across SQLite and PG)."""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import CheckConstraint


class Role(StrEnum):
    """What a person may do; on PostgreSQL each maps to a group role."""

    OWNER = "owner"
    MANAGER = "manager"
    STAFF = "staff"
    VIEWER = "viewer"


class VariantStatus(StrEnum):
    """Life of a model variant in the catalog."""

    DRAFT = "draft"
    ACTIVE = "active"
    RETIRED = "retired"


class FileState(StrEnum):
    """Where a content-addressed file is in its journey to the store."""

    PENDING = "pending"
    UPLOADING = "uploading"
    STORED = "stored"
    FAILED = "failed"


class ProductKind(StrEnum):
    """A product is either something we print or something we buy in."""

    FINISHED_GOOD = "finished_good"
    ACCESSORY = "accessory"


class MovementReason(StrEnum):
    """Why stock changed; every change to stock is one ledger row with one reason."""

    PURCHASE = "purchase"
    PRINT_CONSUMED = "print_consumed"
    PRINT_PRODUCED = "print_produced"
    PRINT_FAILED = "print_failed"
    SALE = "sale"
    COUNT_ADJUSTMENT = "count_adjustment"
    TRANSFER = "transfer"
    WASTE = "waste"
    RETURN = "return"


class PaymentMethod(StrEnum):
    """How a stall customer paid."""

    CASH = "cash"
    CARD = "card"
    OTHER = "other"


class PrinterStatus(StrEnum):
    """What a printer is doing now."""

    IDLE = "idle"
    PRINTING = "printing"
    MAINTENANCE = "maintenance"
    OFFLINE = "offline"


class JobPriority(StrEnum):
    """Queue priority; the order of the members is the order of urgency."""

    URGENT = "urgent"
    HIGH = "high"
    NORMAL = "normal"
    LOW = "low"


class JobState(StrEnum):
    """Print job state machine: queued → printing ⇄ paused → done | failed | cancelled."""

    QUEUED = "queued"
    PRINTING = "printing"
    PAUSED = "paused"
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"


class EventStatus(StrEnum):
    """Market event life: planned → packing → live → closed."""

    PLANNED = "planned"
    PACKING = "packing"
    LIVE = "live"
    CLOSED = "closed"


class AuditAction(StrEnum):
    """Kind of change recorded in the audit log."""

    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"


def one_of(column: str, enum: type[StrEnum], name: str | None = None) -> CheckConstraint:
    """A CHECK constraint that keeps ``column`` inside the values of ``enum``."""
    values = ", ".join(f"'{member.value}'" for member in enum)
    return CheckConstraint(f"{column} IN ({values})", name=name or f"{column}_valid")
