"""Inventory aggregate: filaments, spools, products and the append-only stock ledger."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, IdMixin, TimestampMixin, VersionMixin, new_id, utcnow
from .enums import MovementReason, ProductKind, one_of

DEFAULT_LOCATION = "workshop"


class Filament(IdMixin, TimestampMixin, VersionMixin, Base):
    """A filament product line: brand, material, colour; stock is counted in grams."""

    __tablename__ = "filament"
    __table_args__ = (
        UniqueConstraint("brand", "material", "colour_name", "diameter_mm"),
        CheckConstraint("diameter_mm > 0", name="diameter_positive"),
        CheckConstraint("density_g_cm3 > 0", name="density_positive"),
        CheckConstraint("price_per_kg_cents >= 0", name="price_not_negative"),
        CheckConstraint("reorder_level_g >= 0", name="reorder_not_negative"),
        CheckConstraint("length(colour_hex) = 7", name="colour_hex_length"),
    )

    brand: Mapped[str] = mapped_column(String(100))
    material: Mapped[str] = mapped_column(String(50), index=True)
    colour_name: Mapped[str] = mapped_column(String(100))
    colour_hex: Mapped[str] = mapped_column(String(7), default="#808080")
    diameter_mm: Mapped[float] = mapped_column(default=1.75)
    density_g_cm3: Mapped[float] = mapped_column(default=1.24)
    price_per_kg_cents: Mapped[int] = mapped_column(default=0)
    reorder_level_g: Mapped[int] = mapped_column(default=0)
    supplier_url: Mapped[str | None] = mapped_column(String(1000))
    archived: Mapped[bool] = mapped_column(default=False)

    spools: Mapped[list[Spool]] = relationship(back_populates="filament")


class Spool(IdMixin, VersionMixin, Base):
    """An opened spool; remaining weight is its initial net weight plus its ledger movements."""

    __tablename__ = "spool"
    __table_args__ = (
        CheckConstraint("tare_g >= 0", name="tare_not_negative"),
        CheckConstraint("initial_net_g > 0", name="initial_positive"),
    )

    filament_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("filament.id", ondelete="RESTRICT"), index=True
    )
    tare_g: Mapped[int] = mapped_column(default=0)
    initial_net_g: Mapped[int]
    price_cents: Mapped[int | None]
    location: Mapped[str] = mapped_column(String(100), default=DEFAULT_LOCATION)
    lot: Mapped[str | None] = mapped_column(String(100))
    opened_at: Mapped[datetime | None]
    archived: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    filament: Mapped[Filament] = relationship(back_populates="spools")


class Product(IdMixin, TimestampMixin, VersionMixin, Base):
    """Something we sell or use: a finished good (from a variant) or a bought-in accessory."""

    __tablename__ = "product"
    __table_args__ = (
        one_of("kind", ProductKind),
        CheckConstraint("price_cents >= 0", name="price_not_negative"),
        CheckConstraint("cost_cents >= 0", name="cost_not_negative"),
        CheckConstraint("reorder_level >= 0", name="reorder_not_negative"),
        CheckConstraint("length(sku) > 0", name="sku_not_empty"),
    )

    kind: Mapped[str] = mapped_column(String(16), default=ProductKind.FINISHED_GOOD.value)
    sku: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    variant_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("model_variant.id", ondelete="RESTRICT"), index=True
    )
    price_cents: Mapped[int] = mapped_column(default=0)
    cost_cents: Mapped[int] = mapped_column(default=0)
    reorder_level: Mapped[int] = mapped_column(default=0)
    archived: Mapped[bool] = mapped_column(default=False)
    supplier_url: Mapped[str | None] = mapped_column(String(1000))

    accessories: Mapped[list[ProductAccessory]] = relationship(
        foreign_keys="ProductAccessory.product_id",
        cascade="all, delete-orphan",
        order_by="ProductAccessory.accessory_id",
    )


class ProductAccessory(Base):
    """An accessory (keyring chain, bag, card…) used up each time one unit of a product is made."""

    __tablename__ = "product_accessory"
    __table_args__ = (
        CheckConstraint("quantity > 0", name="quantity_positive"),
        CheckConstraint("product_id <> accessory_id", name="not_itself"),
    )

    product_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("product.id", ondelete="CASCADE"), primary_key=True
    )
    accessory_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("product.id", ondelete="RESTRICT"), primary_key=True, index=True
    )
    quantity: Mapped[int] = mapped_column(default=1)


class StockMovement(Base):
    """One append-only ledger row. Its client-made id is the idempotency key for replays.

    Exactly one of ``product_id`` and ``filament_id`` is set. Filament quantities are grams;
    a filament movement with no spool is unopened stock. Product quantities are units.
    """

    __tablename__ = "stock_movement"
    __table_args__ = (
        one_of("reason", MovementReason),
        CheckConstraint(
            "payment IS NULL OR payment IN ('cash', 'card', 'other')", name="payment_valid"
        ),
        CheckConstraint("(product_id IS NULL) <> (filament_id IS NULL)", name="one_item"),
        CheckConstraint("spool_id IS NULL OR filament_id IS NOT NULL", name="spool_is_filament"),
        CheckConstraint("quantity <> 0", name="quantity_not_zero"),
        Index("ix_stock_movement_product_qty", "product_id", "quantity"),
        Index("ix_stock_movement_filament_qty", "filament_id", "spool_id", "quantity"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    product_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("product.id", ondelete="RESTRICT")
    )
    filament_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("filament.id", ondelete="RESTRICT")
    )
    spool_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("spool.id", ondelete="RESTRICT"), index=True
    )
    quantity: Mapped[int]
    reason: Mapped[str] = mapped_column(String(20))
    location: Mapped[str] = mapped_column(String(100), default=DEFAULT_LOCATION)
    job_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("print_job.id", ondelete="RESTRICT"), index=True
    )
    event_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("market_event.id", ondelete="RESTRICT"), index=True
    )
    user_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("app_user.id"))
    device: Mapped[str | None] = mapped_column(String(100))
    unit_price_cents: Mapped[int | None]
    payment: Mapped[str | None] = mapped_column(String(8))
    # An undo is a new movement that reverses an earlier one; each can be undone once.
    reverses_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("stock_movement.id", ondelete="RESTRICT"), unique=True
    )
    note: Mapped[str | None] = mapped_column(Text)
    occurred_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)
