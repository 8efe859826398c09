"""App settings shared by every PC of the shop: one JSON value per key.

What each key means (type, default, label) is declared once, in ``services/settings_store``;
this table only keeps the values a person changed.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, JSONType, utcnow


class AppSetting(Base):
    """One changed setting; a key with no row has its declared default."""

    __tablename__ = "app_setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JSONType)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
