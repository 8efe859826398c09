"""Catalog aggregate: designers, models (designs), their variants and filament needs."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, IdMixin, TimestampMixin, VersionMixin
from .enums import VariantStatus, one_of


class Designer(IdMixin, TimestampMixin, VersionMixin, Base):
    """Who designed a model: attribution, links, their shop."""

    __tablename__ = "designer"

    name: Mapped[str] = mapped_column(String(200), unique=True)
    url: Mapped[str | None] = mapped_column(String(500))
    shop_url: Mapped[str | None] = mapped_column(String(500))
    notes: Mapped[str | None] = mapped_column(Text)

    designs: Mapped[list[Design]] = relationship(back_populates="designer")


class Design(IdMixin, TimestampMixin, VersionMixin, Base):
    """A base 3D design (the brief's "Model"), with its licence and selling permission."""

    __tablename__ = "model"
    __table_args__ = (
        UniqueConstraint("designer_id", "name"),
        CheckConstraint("length(name) > 0", name="name_not_empty"),
        Index("ix_model_archived_name", "archived", "name"),
    )

    name: Mapped[str] = mapped_column(String(200))
    designer_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("designer.id", ondelete="RESTRICT"), index=True
    )
    category: Mapped[str | None] = mapped_column(String(200), index=True)
    tags: Mapped[list[str]] = mapped_column(default=list)
    licence_id: Mapped[str | None] = mapped_column(String(100))
    licence_text: Mapped[str | None] = mapped_column(Text)
    selling_allowed: Mapped[bool] = mapped_column(default=False)
    selling_proof_note: Mapped[str | None] = mapped_column(Text)
    selling_allowed_until: Mapped[date | None]
    source_url: Mapped[str | None] = mapped_column(String(1000))
    notes: Mapped[str | None] = mapped_column(Text)
    archived: Mapped[bool] = mapped_column(default=False)

    designer: Mapped[Designer | None] = relationship(back_populates="designs")
    variants: Mapped[list[Variant]] = relationship(back_populates="design")


class Variant(IdMixin, TimestampMixin, VersionMixin, Base):
    """A specific configuration of a design: size, colourway, sliced file and price."""

    __tablename__ = "model_variant"
    __table_args__ = (
        UniqueConstraint("model_id", "name"),
        one_of("status", VariantStatus),
        CheckConstraint("version >= 1", name="version_positive"),
        CheckConstraint("price_cents >= 0", name="price_not_negative"),
        CheckConstraint("print_time_s IS NULL OR print_time_s >= 0", name="time_not_negative"),
        CheckConstraint("labour_minutes >= 0", name="labour_not_negative"),
        CheckConstraint("packaging_cents >= 0", name="packaging_not_negative"),
    )

    model_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("model.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    size_scale: Mapped[str | None] = mapped_column(String(100))
    colourway: Mapped[str | None] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(16), default=VariantStatus.DRAFT.value)
    version: Mapped[int] = mapped_column(default=1)
    price_cents: Mapped[int] = mapped_column(default=0)
    notes: Mapped[str | None] = mapped_column(Text)
    archived: Mapped[bool] = mapped_column(default=False)
    # Costing inputs: print time (else the sliced file's), hands-on minutes, packaging.
    print_time_s: Mapped[int | None]
    labour_minutes: Mapped[float] = mapped_column(default=0.0, server_default=text("0"))
    packaging_cents: Mapped[int] = mapped_column(default=0, server_default=text("0"))

    design: Mapped[Design] = relationship(back_populates="variants")
    filament_needs: Mapped[list[VariantFilament]] = relationship(
        back_populates="variant", cascade="all, delete-orphan", order_by="VariantFilament.tool"
    )


class VariantFilament(Base):
    """How many grams of which filament a variant needs in each tool slot (M:N)."""

    __tablename__ = "variant_filament"
    __table_args__ = (
        CheckConstraint("tool >= 0", name="tool_not_negative"),
        CheckConstraint("grams >= 0", name="grams_not_negative"),
    )

    variant_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("model_variant.id", ondelete="CASCADE"), primary_key=True
    )
    tool: Mapped[int] = mapped_column(primary_key=True)
    filament_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("filament.id", ondelete="RESTRICT"), index=True
    )
    grams: Mapped[float]

    variant: Mapped[Variant] = relationship(back_populates="filament_needs")
