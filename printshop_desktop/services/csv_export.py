"""Export every entity as CSV: ids for exact round trips, names and labels for people.

References are written twice where it helps: an id column (``designer_id``) that an import
into the same or an empty database follows, and a readable label (``designer``) that an
import uses when no id matches. Amounts are decimals (``12.50``); times ISO UTC.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.catalog import Design, Designer, Variant
from ..db.inventory import Filament, Product, Spool
from ..db.inventory import StockMovement as Movement
from . import ledger
from .csv_format import ENTITIES, LIST_SEPARATOR, iso_utc, money, write_rows, yes_no
from .errors import ValidationFailed
from .inventory_edit import filament_label

COLUMNS: dict[str, tuple[str, ...]] = {
    "designers": ("id", "name", "url", "shop_url", "notes"),
    "models": (
        "id", "name", "designer_id", "designer", "category", "tags", "licence_id",
        "licence_text", "selling_allowed", "selling_proof_note", "selling_allowed_until",
        "source_url", "notes", "archived",
    ),
    "variants": (
        "id", "model_id", "model", "designer", "name", "size_scale", "colourway", "status",
        "version", "price", "print_time_s", "labour_minutes", "packaging", "filaments",
        "notes", "archived",
    ),
    "filaments": (
        "id", "brand", "material", "colour_name", "colour_hex", "diameter_mm",
        "density_g_cm3", "price_per_kg", "reorder_level_g", "supplier_url", "archived",
        "opened_g", "unopened_g",
    ),
    "spools": (
        "id", "filament_id", "filament", "tare_g", "initial_net_g", "price", "location",
        "lot", "opened_at", "archived", "remaining_g",
    ),
    "products": (
        "id", "sku", "name", "kind", "variant_id", "variant", "price", "cost",
        "reorder_level", "supplier_url", "accessories", "archived", "on_hand",
    ),
    "movements": (
        "id", "sku", "filament_id", "filament", "spool_id", "quantity", "reason",
        "location", "occurred_at", "unit_price", "payment", "note", "device", "job_id",
        "event_id", "reverses_id",
    ),
}  # fmt: skip

Row = dict[str, object]


def variant_label(model: str, variant: str) -> str:
    """How a variant is named in CSV files: ``Model / Variant``."""
    return f"{model} / {variant}"


def _designers(session: Session) -> list[Row]:
    return [
        {"id": d.id, "name": d.name, "url": d.url, "shop_url": d.shop_url, "notes": d.notes}
        for d in session.scalars(select(Designer).order_by(Designer.name, Designer.id))
    ]


def _models(session: Session) -> list[Row]:
    query = select(Design).order_by(Design.name, Design.id)
    return [
        {
            "id": m.id,
            "name": m.name,
            "designer_id": m.designer_id,
            "designer": m.designer.name if m.designer else None,
            "category": m.category,
            "tags": LIST_SEPARATOR.join(m.tags or ()),
            "licence_id": m.licence_id,
            "licence_text": m.licence_text,
            "selling_allowed": yes_no(m.selling_allowed),
            "selling_proof_note": m.selling_proof_note,
            "selling_allowed_until": m.selling_allowed_until,
            "source_url": m.source_url,
            "notes": m.notes,
            "archived": yes_no(m.archived),
        }
        for m in session.scalars(query)
    ]


def _needs(variant: Variant, labels: dict[uuid.UUID, str]) -> str:
    return LIST_SEPARATOR.join(
        f"{n.tool}:{n.grams:g}:{labels[n.filament_id]}" for n in variant.filament_needs
    )


def _variants(session: Session) -> list[Row]:
    labels = {f.id: filament_label(f) for f in session.scalars(select(Filament))}
    query = select(Variant, Design).join(Design).order_by(Design.name, Variant.name, Variant.id)
    return [
        {
            "id": v.id,
            "model_id": v.model_id,
            "model": m.name,
            "designer": m.designer.name if m.designer else None,
            "name": v.name,
            "size_scale": v.size_scale,
            "colourway": v.colourway,
            "status": v.status,
            "version": v.version,
            "price": money(v.price_cents),
            "print_time_s": v.print_time_s,
            "labour_minutes": f"{v.labour_minutes:g}",
            "packaging": money(v.packaging_cents),
            "filaments": _needs(v, labels),
            "notes": v.notes,
            "archived": yes_no(v.archived),
        }
        for v, m in session.execute(query)
    ]


def _filaments(session: Session) -> list[Row]:
    stock = ledger.filament_on_hand(session)
    query = select(Filament).order_by(Filament.brand, Filament.material, Filament.colour_name)
    rows: list[Row] = []
    for f in session.scalars(query):
        opened, unopened = stock.get(f.id, (0, 0))
        rows.append(
            {
                "id": f.id,
                "brand": f.brand,
                "material": f.material,
                "colour_name": f.colour_name,
                "colour_hex": f.colour_hex,
                "diameter_mm": f"{f.diameter_mm:g}",
                "density_g_cm3": f"{f.density_g_cm3:g}",
                "price_per_kg": money(f.price_per_kg_cents),
                "reorder_level_g": f.reorder_level_g,
                "supplier_url": f.supplier_url,
                "archived": yes_no(f.archived),
                "opened_g": opened,
                "unopened_g": unopened,
            }
        )
    return rows


def _spools(session: Session) -> list[Row]:
    remaining = ledger.spool_remaining(session)
    query = select(Spool, Filament).join(Filament).order_by(Spool.created_at, Spool.id)
    return [
        {
            "id": s.id,
            "filament_id": f.id,
            "filament": filament_label(f),
            "tare_g": s.tare_g,
            "initial_net_g": s.initial_net_g,
            "price": money(s.price_cents),
            "location": s.location,
            "lot": s.lot,
            "opened_at": iso_utc(s.opened_at),
            "archived": yes_no(s.archived),
            "remaining_g": remaining.get(s.id, 0),
        }
        for s, f in session.execute(query)
    ]


def _products(session: Session) -> list[Row]:
    stock = ledger.product_on_hand(session)
    skus = {pid: sku for pid, sku in session.execute(select(Product.id, Product.sku))}
    names = {
        v.id: variant_label(m.name, v.name)
        for v, m in session.execute(select(Variant, Design).join(Design))
    }
    rows: list[Row] = []
    for p in session.scalars(select(Product).order_by(Product.sku)):
        parts = sorted(f"{skus[a.accessory_id]}:{a.quantity}" for a in p.accessories)
        rows.append(
            {
                "id": p.id,
                "sku": p.sku,
                "name": p.name,
                "kind": p.kind,
                "variant_id": p.variant_id,
                "variant": names.get(p.variant_id) if p.variant_id else None,
                "price": money(p.price_cents),
                "cost": money(p.cost_cents),
                "reorder_level": p.reorder_level,
                "supplier_url": p.supplier_url,
                "accessories": LIST_SEPARATOR.join(parts),
                "archived": yes_no(p.archived),
                "on_hand": stock.get(p.id, 0),
            }
        )
    return rows


def _movements(session: Session) -> list[Row]:
    skus = {pid: sku for pid, sku in session.execute(select(Product.id, Product.sku))}
    labels = {f.id: filament_label(f) for f in session.scalars(select(Filament))}
    query = select(Movement).order_by(Movement.occurred_at, Movement.recorded_at, Movement.id)
    return [
        {
            "id": m.id,
            "sku": skus.get(m.product_id) if m.product_id else "",
            "filament_id": m.filament_id,
            "filament": labels.get(m.filament_id) if m.filament_id else None,
            "spool_id": m.spool_id,
            "quantity": m.quantity,
            "reason": m.reason,
            "location": m.location,
            "occurred_at": iso_utc(m.occurred_at),
            "unit_price": money(m.unit_price_cents),
            "payment": m.payment,
            "note": m.note,
            "device": m.device,
            "job_id": m.job_id,
            "event_id": m.event_id,
            "reverses_id": m.reverses_id,
        }
        for m in session.scalars(query).yield_per(2000)
    ]


_EXPORTERS: dict[str, Callable[[Session], list[Row]]] = {
    "designers": _designers,
    "models": _models,
    "variants": _variants,
    "filaments": _filaments,
    "spools": _spools,
    "products": _products,
    "movements": _movements,
}


def export_csv(session: Session, entity: str, out: TextIO) -> int:
    """Write one entity as CSV to ``out``; returns the number of rows."""
    if entity not in _EXPORTERS:
        raise ValidationFailed("entity", f"Cannot export {entity!r}; choose one of {ENTITIES}.")
    return write_rows(out, COLUMNS[entity], _EXPORTERS[entity](session))


def export_folder(session: Session, folder: Path) -> dict[str, int]:
    """Write every entity to ``folder/<entity>.csv``; returns the row count of each."""
    folder.mkdir(parents=True, exist_ok=True)
    counts = {}
    for entity in ENTITIES:
        with (folder / f"{entity}.csv").open("w", encoding="utf-8", newline="") as out:
            counts[entity] = export_csv(session, entity, out)
    return counts
