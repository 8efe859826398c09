"""Personal data: what the app keeps about a person, exported or erased on request, and the
audit log's retention.

The app keeps little about people: a user name, a display name and a role; their name in
the audit log and their id on the ledger rows they wrote. Erasing a person replaces their
names with a pseudonym (the ledger keeps its rows: stock history must add up) and
deactivates them. Audit entries older than the retention setting are deleted by
:func:`prune_audit` (on PostgreSQL only the owner role may delete them).
"""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from ..db.audit import AuditEntry
from ..db.base import utcnow
from ..db.inventory import StockMovement
from ..db.people import AppUser
from . import settings_store
from .errors import NotFound, ValidationFailed


def _user(session: Session, username: str) -> AppUser:
    user = session.scalar(select(AppUser).where(AppUser.username == username.strip().lower()))
    if user is None:
        raise NotFound(f"No user is named {username!r}.")
    return user


def export_person(session: Session, username: str) -> dict[str, Any]:
    """Everything kept about a person, as JSON-able data."""
    user = _user(session, username)
    movements = session.scalars(
        select(StockMovement)
        .where(StockMovement.user_id == user.id)
        .order_by(StockMovement.occurred_at)
    ).all()
    audit = session.scalars(
        select(AuditEntry).where(AuditEntry.actor == user.username).order_by(AuditEntry.id)
    ).all()
    return {
        "user": {
            "id": str(user.id),
            "username": user.username,
            "display_name": user.display_name,
            "role": user.role,
            "active": user.active,
            "created_at": user.created_at.isoformat(),
        },
        "stock_movements": [
            {
                "id": str(m.id),
                "reason": m.reason,
                "quantity": m.quantity,
                "occurred_at": m.occurred_at.isoformat(),
                "device": m.device,
            }
            for m in movements
        ],
        "audit_log": [
            {
                "occurred_at": a.occurred_at.isoformat(),
                "table": a.table_name,
                "row_id": a.row_id,
                "action": a.action,
            }
            for a in audit
        ],
    }


def erase_person(session: Session, username: str) -> str:
    """Replace a person's names with a pseudonym and deactivate them; returns the pseudonym."""
    user = _user(session, username)
    if user.display_name.startswith("former user "):
        raise ValidationFailed("username", "This person was erased already.")
    pseudonym = f"former user {uuid.uuid4().hex[:8]}"
    old_name = user.username
    user.display_name = pseudonym
    user.active = False
    session.flush()
    # The history of the person's own record holds their names: it goes. What they did
    # stays, under the pseudonym.
    session.execute(
        delete(AuditEntry).where(
            AuditEntry.table_name == "app_user", AuditEntry.row_id == str(user.id)
        )
    )
    session.execute(update(AuditEntry).where(AuditEntry.actor == old_name).values(actor=pseudonym))
    return pseudonym


def prune_audit(session: Session, older_than_days: int | None = None) -> int:
    """Delete audit entries older than the retention setting; returns how many."""
    days = (
        older_than_days
        if older_than_days is not None
        else settings_store.get(session, settings_store.AUDIT_RETENTION)
    )
    if days < 1:
        raise ValidationFailed("days", "Keep at least one day of audit log.")
    cutoff = utcnow() - timedelta(days=days)
    result = session.execute(delete(AuditEntry).where(AuditEntry.occurred_at < cutoff))
    return int(getattr(result, "rowcount", 0) or 0)
