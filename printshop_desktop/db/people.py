"""People who use the app: one row per person, tied to a PostgreSQL role when on a server."""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, IdMixin, TimestampMixin
from .enums import Role, one_of


class AppUser(IdMixin, TimestampMixin, Base):
    """A person: owner, manager, staff or viewer. Minimal personal data (a name)."""

    __tablename__ = "app_user"
    __table_args__ = (one_of("role", Role),)

    username: Mapped[str] = mapped_column(String(63), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16), default=Role.STAFF.value)
    active: Mapped[bool] = mapped_column(default=True)
