"""Inventory use cases: filaments and spools, products, and their stock from the ledger."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..db.base import new_id, utcnow
from ..db.catalog import Design, Variant
from ..db.enums import MovementReason, ProductKind
from ..db.inventory import DEFAULT_LOCATION, Filament, Product, Spool
from . import ledger
from ._common import clean_text, get_or_raise, not_negative
from .errors import Conflict, ValidationFailed

HEX_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")


@dataclass(frozen=True)
class FilamentRow:
    """A filament with its stock: grams on opened spools and unopened."""

    id: uuid.UUID
    brand: str
    material: str
    colour_name: str
    colour_hex: str
    diameter_mm: float
    price_per_kg_cents: int
    spools: int
    opened_g: int
    unopened_g: int
    reorder_level_g: int
    supplier_url: str | None = None
    density_g_cm3: float = 1.24
    version: int = 1

    @property
    def on_hand_g(self) -> int:
        """All grams of this filament, opened or not."""
        return self.opened_g + self.unopened_g

    @property
    def low(self) -> bool:
        """True when the stock is at or below the reorder level."""
        return self.reorder_level_g > 0 and self.on_hand_g <= self.reorder_level_g


@dataclass(frozen=True)
class FilamentInput:
    """What the filament dialog submits."""

    brand: str
    material: str
    colour_name: str
    colour_hex: str = "#808080"
    diameter_mm: float = 1.75
    density_g_cm3: float = 1.24
    price_per_kg_cents: int = 0
    reorder_level_g: int = 0
    supplier_url: str | None = None


@dataclass(frozen=True)
class ProductRow:
    """A product with its units on hand."""

    id: uuid.UUID
    kind: str
    sku: str
    name: str
    model: str | None
    price_cents: int
    cost_cents: int
    on_hand: int
    reorder_level: int
    variant_id: uuid.UUID | None = None
    supplier_url: str | None = None
    version: int = 1

    @property
    def low(self) -> bool:
        """True when the stock is at or below the reorder level."""
        return self.reorder_level > 0 and self.on_hand <= self.reorder_level


@dataclass(frozen=True)
class ProductInput:
    """What the product dialog submits."""

    sku: str
    name: str
    kind: ProductKind = ProductKind.FINISHED_GOOD
    variant_id: uuid.UUID | None = None
    price_cents: int = 0
    cost_cents: int = 0
    reorder_level: int = 0
    supplier_url: str | None = None


def list_filaments(session: Session, *, include_archived: bool = False) -> list[FilamentRow]:
    """Filaments with spool counts and grams on hand."""
    stock = ledger.filament_on_hand(session)
    spool_counts = dict(
        session.execute(
            select(Spool.filament_id, func.count())
            .where(Spool.archived.is_(False))
            .group_by(Spool.filament_id)
        ).all()
    )
    query = select(Filament).order_by(Filament.material, Filament.brand, Filament.colour_name)
    if not include_archived:
        query = query.where(Filament.archived.is_(False))
    rows = []
    for f in session.scalars(query):
        opened_g, unopened_g = stock.get(f.id, (0, 0))
        rows.append(
            FilamentRow(
                id=f.id,
                brand=f.brand,
                material=f.material,
                colour_name=f.colour_name,
                colour_hex=f.colour_hex,
                diameter_mm=f.diameter_mm,
                price_per_kg_cents=f.price_per_kg_cents,
                spools=int(spool_counts.get(f.id, 0)),
                opened_g=opened_g,
                unopened_g=unopened_g,
                reorder_level_g=f.reorder_level_g,
                supplier_url=f.supplier_url,
                density_g_cm3=f.density_g_cm3,
                version=f.version_id,
            )
        )
    return rows


def clean_filament_input(
    session: Session, data: FilamentInput, own_id: uuid.UUID | None = None
) -> FilamentInput:
    """Check a filament dialog's fields and return them tidied (material upper-case, …).

    ``own_id`` is the filament being edited, so that it does not clash with itself.
    """
    brand = clean_text(data.brand, "brand", required=True, limit=100)
    material = clean_text(data.material, "material", required=True, limit=50).upper()
    colour = clean_text(data.colour_name, "colour_name", required=True, limit=100)
    if not HEX_COLOUR.match(data.colour_hex or ""):
        raise ValidationFailed("colour_hex", "Colour must be a hex code like #1A2B3C.")
    if data.diameter_mm <= 0:
        raise ValidationFailed("diameter_mm", "Diameter must be more than 0 mm.")
    if data.density_g_cm3 <= 0:
        raise ValidationFailed("density_g_cm3", "Density must be more than 0 g/cm³.")
    not_negative(data.price_per_kg_cents, "price_per_kg")
    not_negative(data.reorder_level_g, "reorder_level")
    url = clean_text(data.supplier_url, "supplier_url", limit=1000)
    if url and not url.startswith(("http://", "https://")):
        raise ValidationFailed("supplier_url", "Supplier link must start with http:// or https://.")
    clash = session.scalar(
        select(Filament.id).where(
            Filament.brand == brand,
            Filament.material == material,
            Filament.colour_name == colour,
            Filament.diameter_mm == data.diameter_mm,
        )
    )
    if clash is not None and clash != own_id:
        raise Conflict(f"{brand} {material} {colour} {data.diameter_mm} mm exists already.")
    return FilamentInput(
        brand=brand,
        material=material,
        colour_name=colour,
        colour_hex=data.colour_hex.upper(),
        diameter_mm=data.diameter_mm,
        density_g_cm3=data.density_g_cm3,
        price_per_kg_cents=data.price_per_kg_cents,
        reorder_level_g=data.reorder_level_g,
        supplier_url=url or None,
    )


def create_filament(
    session: Session, data: FilamentInput, *, row_id: uuid.UUID | None = None
) -> uuid.UUID:
    """Add a filament line; brand, material, colour and diameter together are unique."""
    clean = clean_filament_input(session, data)
    filament = Filament(
        id=row_id or new_id(),
        brand=clean.brand,
        material=clean.material,
        colour_name=clean.colour_name,
        colour_hex=clean.colour_hex,
        diameter_mm=clean.diameter_mm,
        density_g_cm3=clean.density_g_cm3,
        price_per_kg_cents=clean.price_per_kg_cents,
        reorder_level_g=clean.reorder_level_g,
        supplier_url=clean.supplier_url,
    )
    session.add(filament)
    session.flush()
    return filament.id


def buy_unopened(
    session: Session, filament_id: uuid.UUID, grams: int, location: str = DEFAULT_LOCATION
) -> None:
    """Record sealed spools bought: grams of unopened stock, with no spool records."""
    get_or_raise(session, Filament, filament_id, "filament")
    if grams <= 0:
        raise ValidationFailed("grams", "Grams bought must be more than 0.")
    ledger.record(
        session,
        ledger.MovementInput(
            quantity=grams,
            reason=MovementReason.PURCHASE,
            filament_id=filament_id,
            location=location,
        ),
    )


def open_spool(
    session: Session,
    filament_id: uuid.UUID,
    net_g: int,
    *,
    tare_g: int = 0,
    from_unopened: bool = True,
    price_cents: int | None = None,
    lot: str | None = None,
    location: str = DEFAULT_LOCATION,
) -> uuid.UUID:
    """Create a spool record; its grams come from unopened stock or from a new purchase."""
    get_or_raise(session, Filament, filament_id, "filament")
    if net_g <= 0:
        raise ValidationFailed("net_g", "A spool's net weight must be more than 0 g.")
    not_negative(tare_g, "tare")
    spool = Spool(
        filament_id=filament_id,
        tare_g=tare_g,
        initial_net_g=net_g,
        price_cents=price_cents,
        lot=lot,
        location=location,
        opened_at=utcnow(),
    )
    session.add(spool)
    session.flush()
    reason = MovementReason.TRANSFER if from_unopened else MovementReason.PURCHASE
    if from_unopened:
        ledger.record(
            session,
            ledger.MovementInput(
                quantity=-net_g,
                reason=reason,
                filament_id=filament_id,
                location=location,
                note="opened a spool",
            ),
        )
    ledger.record(
        session,
        ledger.MovementInput(
            quantity=net_g,
            reason=reason,
            filament_id=filament_id,
            spool_id=spool.id,
            location=location,
        ),
    )
    return spool.id


def list_products(session: Session, *, include_archived: bool = False) -> list[ProductRow]:
    """Products with units on hand (all locations) and their model's name."""
    stock = ledger.product_on_hand(session)
    columns = (
        Product.id,
        Product.kind,
        Product.sku,
        Product.name,
        Product.price_cents,
        Product.cost_cents,
        Product.reorder_level,
        Product.variant_id,
        Product.supplier_url,
        Product.version_id,
    )
    query = (
        select(*columns, Design.name.label("model"))
        .outerjoin(Variant, Variant.id == Product.variant_id)
        .outerjoin(Design, Design.id == Variant.model_id)
        .order_by(Product.kind, Product.name)
    )
    if not include_archived:
        query = query.where(Product.archived.is_(False))
    return [
        ProductRow(
            id=p.id,
            kind=p.kind,
            sku=p.sku,
            name=p.name,
            model=p.model,
            price_cents=p.price_cents,
            cost_cents=p.cost_cents,
            on_hand=stock.get(p.id, 0),
            reorder_level=p.reorder_level,
            variant_id=p.variant_id,
            supplier_url=p.supplier_url,
            version=p.version_id,
        )
        for p in session.execute(query)
    ]


def clean_product_input(
    session: Session, data: ProductInput, own_id: uuid.UUID | None = None
) -> ProductInput:
    """Check a product dialog's fields; SKUs are unique (upper-cased)."""
    sku = clean_text(data.sku, "sku", required=True, limit=64).upper()
    name = clean_text(data.name, "name", required=True)
    not_negative(data.price_cents, "price")
    not_negative(data.cost_cents, "cost")
    not_negative(data.reorder_level, "reorder_level")
    url = clean_text(data.supplier_url, "supplier_url", limit=1000)
    if url and not url.startswith(("http://", "https://")):
        raise ValidationFailed("supplier_url", "Supplier link must start with http:// or https://.")
    clash = session.scalar(select(Product.id).where(Product.sku == sku))
    if clash is not None and clash != own_id:
        raise Conflict(f"SKU {sku} is used by another product.")
    if data.variant_id is not None:
        get_or_raise(session, Variant, data.variant_id, "variant")
    return ProductInput(
        sku=sku,
        name=name,
        kind=ProductKind(data.kind),
        variant_id=data.variant_id,
        price_cents=data.price_cents,
        cost_cents=data.cost_cents,
        reorder_level=data.reorder_level,
        supplier_url=url or None,
    )


def create_product(
    session: Session, data: ProductInput, *, row_id: uuid.UUID | None = None
) -> uuid.UUID:
    """Add a product; SKUs are unique."""
    clean = clean_product_input(session, data)
    product = Product(
        id=row_id or new_id(),
        sku=clean.sku,
        name=clean.name,
        kind=clean.kind.value,
        variant_id=clean.variant_id,
        price_cents=clean.price_cents,
        cost_cents=clean.cost_cents,
        reorder_level=clean.reorder_level,
        supplier_url=clean.supplier_url,
    )
    session.add(product)
    session.flush()
    return product.id


def archive_product(session: Session, product_id: uuid.UUID, archived: bool = True) -> None:
    """Hide a product (its ledger stays)."""
    get_or_raise(session, Product, product_id, "product").archived = archived
    session.flush()
