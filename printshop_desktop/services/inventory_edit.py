"""Inventory edit dialogs: filament, spool and product details and updates (with optimistic
locking), the spool list, and the accessories a product uses up when it is made.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.enums import ProductKind
from ..db.inventory import Filament, Product, ProductAccessory, Spool
from . import ledger
from ._common import clean_text, get_or_raise, not_negative
from .concurrency import check_version, flush_edit
from .errors import ValidationFailed
from .inventory import FilamentInput, ProductInput, clean_filament_input, clean_product_input


@dataclass(frozen=True)
class FilamentDetail:
    """A filament as its edit dialog fills the form."""

    id: uuid.UUID
    data: FilamentInput
    archived: bool
    version: int


@dataclass(frozen=True)
class SpoolRow:
    """An opened spool with its remaining grams from the ledger."""

    id: uuid.UUID
    filament_id: uuid.UUID
    filament: str
    colour_hex: str
    location: str
    lot: str | None
    tare_g: int
    initial_net_g: int
    remaining_g: int
    price_cents: int | None
    opened_at: datetime | None
    archived: bool
    version: int

    @property
    def used_g(self) -> int:
        """Grams printed (or otherwise gone) from this spool."""
        return self.initial_net_g - self.remaining_g


@dataclass(frozen=True)
class SpoolInput:
    """What the spool dialog edits (weights change only through the ledger)."""

    location: str
    lot: str | None = None
    tare_g: int = 0
    price_cents: int | None = None


@dataclass(frozen=True)
class AccessoryLine:
    """One accessory a product uses per unit made."""

    accessory_id: uuid.UUID
    sku: str
    name: str
    quantity: int
    cost_cents: int


@dataclass(frozen=True)
class ProductDetail:
    """A product as its edit dialog fills the form, with its accessories."""

    id: uuid.UUID
    data: ProductInput
    accessories: tuple[AccessoryLine, ...]
    archived: bool
    version: int


def filament_label(f: Filament) -> str:
    """How a filament is named in pickers, CSV files and labels."""
    return f"{f.brand} {f.material} {f.colour_name} {f.diameter_mm:g}mm"


def get_filament(session: Session, filament_id: uuid.UUID) -> FilamentDetail:
    """One filament's fields."""
    f = get_or_raise(session, Filament, filament_id, "filament")
    data = FilamentInput(
        brand=f.brand,
        material=f.material,
        colour_name=f.colour_name,
        colour_hex=f.colour_hex,
        diameter_mm=f.diameter_mm,
        density_g_cm3=f.density_g_cm3,
        price_per_kg_cents=f.price_per_kg_cents,
        reorder_level_g=f.reorder_level_g,
        supplier_url=f.supplier_url,
    )
    return FilamentDetail(f.id, data, f.archived, f.version_id)


def update_filament(
    session: Session,
    filament_id: uuid.UUID,
    data: FilamentInput,
    *,
    expected_version: int | None = None,
) -> None:
    """Change a filament's fields (its stock changes only through the ledger)."""
    filament = get_or_raise(session, Filament, filament_id, "filament")
    check_version(filament, expected_version, "filament")
    clean = clean_filament_input(session, data, filament_id)
    filament.brand = clean.brand
    filament.material = clean.material
    filament.colour_name = clean.colour_name
    filament.colour_hex = clean.colour_hex
    filament.diameter_mm = clean.diameter_mm
    filament.density_g_cm3 = clean.density_g_cm3
    filament.price_per_kg_cents = clean.price_per_kg_cents
    filament.reorder_level_g = clean.reorder_level_g
    filament.supplier_url = clean.supplier_url
    flush_edit(session, "filament")


def archive_filament(session: Session, filament_id: uuid.UUID, archived: bool = True) -> None:
    """Hide a filament line (its ledger stays)."""
    get_or_raise(session, Filament, filament_id, "filament").archived = archived
    flush_edit(session, "filament")


def list_spools(
    session: Session, filament_id: uuid.UUID | None = None, *, include_archived: bool = False
) -> list[SpoolRow]:
    """Spools (of one filament, or all) with remaining grams, newest first."""
    remaining = ledger.spool_remaining(session)
    query = select(Spool, Filament).join(Filament).order_by(Spool.created_at.desc())
    if filament_id is not None:
        query = query.where(Spool.filament_id == filament_id)
    if not include_archived:
        query = query.where(Spool.archived.is_(False))
    return [
        SpoolRow(
            id=s.id,
            filament_id=f.id,
            filament=filament_label(f),
            colour_hex=f.colour_hex,
            location=s.location,
            lot=s.lot,
            tare_g=s.tare_g,
            initial_net_g=s.initial_net_g,
            remaining_g=remaining.get(s.id, 0),
            price_cents=s.price_cents,
            opened_at=s.opened_at,
            archived=s.archived,
            version=s.version_id,
        )
        for s, f in session.execute(query)
    ]


def update_spool(
    session: Session,
    spool_id: uuid.UUID,
    data: SpoolInput,
    *,
    expected_version: int | None = None,
) -> None:
    """Change a spool's location label, lot, tare or price. Moving stock between locations
    with movements is ``stock_ops.transfer_spool``; this only corrects the record."""
    spool = get_or_raise(session, Spool, spool_id, "spool")
    check_version(spool, expected_version, "spool")
    spool.location = clean_text(data.location, "location", required=True, limit=100)
    spool.lot = clean_text(data.lot, "lot", limit=100) or None
    not_negative(data.tare_g, "tare_g")
    spool.tare_g = data.tare_g
    if data.price_cents is not None:
        not_negative(data.price_cents, "price")
    spool.price_cents = data.price_cents
    flush_edit(session, "spool")


def archive_spool(session: Session, spool_id: uuid.UUID, archived: bool = True) -> None:
    """Put an empty spool away (its ledger stays)."""
    get_or_raise(session, Spool, spool_id, "spool").archived = archived
    flush_edit(session, "spool")


def get_product(session: Session, product_id: uuid.UUID) -> ProductDetail:
    """One product's fields and accessories."""
    p = get_or_raise(session, Product, product_id, "product")
    data = ProductInput(
        sku=p.sku,
        name=p.name,
        kind=ProductKind(p.kind),
        variant_id=p.variant_id,
        price_cents=p.price_cents,
        cost_cents=p.cost_cents,
        reorder_level=p.reorder_level,
        supplier_url=p.supplier_url,
    )
    return ProductDetail(
        p.id, data, tuple(list_accessories(session, p.id)), p.archived, p.version_id
    )


def update_product(
    session: Session,
    product_id: uuid.UUID,
    data: ProductInput,
    *,
    expected_version: int | None = None,
) -> None:
    """Change a product's fields; SKUs stay unique."""
    product = get_or_raise(session, Product, product_id, "product")
    check_version(product, expected_version, "product")
    clean = clean_product_input(session, data, product_id)
    if clean.kind is ProductKind.ACCESSORY and product.accessories:
        raise ValidationFailed("kind", "An accessory cannot itself use accessories.")
    product.sku = clean.sku
    product.name = clean.name
    product.kind = clean.kind.value
    product.variant_id = clean.variant_id
    product.price_cents = clean.price_cents
    product.cost_cents = clean.cost_cents
    product.reorder_level = clean.reorder_level
    product.supplier_url = clean.supplier_url
    flush_edit(session, "product")


def list_accessories(session: Session, product_id: uuid.UUID) -> list[AccessoryLine]:
    """The accessories one unit of a product uses, by SKU."""
    query = (
        select(ProductAccessory.quantity, Product)
        .join(Product, Product.id == ProductAccessory.accessory_id)
        .where(ProductAccessory.product_id == product_id)
        .order_by(Product.sku)
    )
    return [
        AccessoryLine(a.id, a.sku, a.name, quantity, a.cost_cents)
        for quantity, a in session.execute(query)
    ]


def set_accessories(
    session: Session, product_id: uuid.UUID, lines: Sequence[tuple[uuid.UUID, int]]
) -> None:
    """Replace the accessories (accessory id, quantity per unit) a product uses."""
    product = get_or_raise(session, Product, product_id, "product")
    wanted: dict[uuid.UUID, int] = {}
    for accessory_id, quantity in lines:
        accessory = get_or_raise(session, Product, accessory_id, "accessory")
        if accessory_id == product_id:
            raise ValidationFailed("accessories", "A product cannot use itself.")
        if accessory.kind != ProductKind.ACCESSORY.value:
            raise ValidationFailed("accessories", f"{accessory.sku} is not an accessory.")
        if quantity <= 0:
            raise ValidationFailed("accessories", "Use at least 1 of each accessory.")
        wanted[accessory_id] = wanted.get(accessory_id, 0) + quantity
    if wanted and product.kind == ProductKind.ACCESSORY.value:
        raise ValidationFailed("accessories", "An accessory cannot itself use accessories.")
    for link in list(product.accessories):
        if link.accessory_id not in wanted:
            product.accessories.remove(link)
        else:
            link.quantity = wanted.pop(link.accessory_id)
    for accessory_id, quantity in wanted.items():
        product.accessories.append(ProductAccessory(accessory_id=accessory_id, quantity=quantity))
    session.flush()
