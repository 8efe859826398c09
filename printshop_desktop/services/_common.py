"""Small helpers shared by the service modules."""

from __future__ import annotations

import uuid
from typing import TypeVar

from sqlalchemy.orm import Session

from ..db.base import Base
from .errors import NotFound, ValidationFailed

T = TypeVar("T", bound=Base)


def get_or_raise(session: Session, cls: type[T], row_id: uuid.UUID, what: str) -> T:
    """Load a row by id or raise :class:`NotFound` naming ``what``."""
    row = session.get(cls, row_id)
    if row is None:
        raise NotFound(f"That {what} no longer exists.")
    return row


def clean_text(value: str | None, field: str, *, required: bool = False, limit: int = 200) -> str:
    """Strip a text field and check its length; returns '' for an empty optional field."""
    text = (value or "").strip()
    if required and not text:
        raise ValidationFailed(field, f"{field.replace('_', ' ').capitalize()} is required.")
    if len(text) > limit:
        raise ValidationFailed(field, f"Keep {field.replace('_', ' ')} under {limit} characters.")
    return text


def not_negative(value: int | float, field: str) -> None:
    """Refuse negative money, weights and counts."""
    if value < 0:
        raise ValidationFailed(field, f"{field.replace('_', ' ').capitalize()} cannot be negative.")
