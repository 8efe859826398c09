"""Files aggregate: content-addressed file versions, their links to models, sliced files."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, CheckConstraint, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, IdMixin, utcnow
from .enums import FileState, one_of


class FileObject(IdMixin, Base):
    """One immutable file version; its sha256 is its identity, so bytes are stored once."""

    __tablename__ = "file_object"
    __table_args__ = (
        one_of("state", FileState),
        CheckConstraint("length(sha256) = 64", name="sha256_length"),
        CheckConstraint("size_bytes >= 0", name="size_not_negative"),
    )

    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    size_bytes: Mapped[int] = mapped_column(BigInteger)
    media_type: Mapped[str] = mapped_column(String(100))
    original_name: Mapped[str] = mapped_column(String(500))
    store: Mapped[str] = mapped_column(String(200))
    state: Mapped[str] = mapped_column(String(16), default=FileState.PENDING.value)
    file_metadata: Mapped[dict[str, Any]] = mapped_column("metadata", default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("app_user.id"))


class ModelFile(IdMixin, Base):
    """A file attached to a model (mesh, project, image, …)."""

    __tablename__ = "model_file"
    __table_args__ = (UniqueConstraint("model_id", "file_object_id"),)

    model_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("model.id", ondelete="CASCADE"), index=True
    )
    file_object_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("file_object.id", ondelete="RESTRICT"), index=True
    )
    added_at: Mapped[datetime] = mapped_column(default=utcnow)


class SlicedFile(IdMixin, Base):
    """The sliced file of one variant version (1:1), with what the slicer said about it."""

    __tablename__ = "sliced_file"
    __table_args__ = (
        UniqueConstraint("variant_id", "version"),
        CheckConstraint("print_time_s IS NULL OR print_time_s >= 0", name="time_not_negative"),
    )

    variant_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("model_variant.id", ondelete="CASCADE"), index=True
    )
    version: Mapped[int] = mapped_column(default=1)
    file_object_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("file_object.id", ondelete="RESTRICT"), index=True
    )
    slicer: Mapped[str | None] = mapped_column(String(100))
    slicer_version: Mapped[str | None] = mapped_column(String(50))
    printer_model: Mapped[str | None] = mapped_column(String(200))
    nozzle_mm: Mapped[float | None]
    layer_height_mm: Mapped[float | None]
    print_time_s: Mapped[int | None]
    filament_g: Mapped[float | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
