"""Catalog edit dialogs: full details of a designer, model or variant, their updates (with
optimistic locking), and the licence check shown wherever a model is priced, stocked or planned.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..db.base import utcnow
from ..db.catalog import Design, Designer, Variant, VariantFilament
from ..db.enums import VariantStatus
from ..db.inventory import Product
from ._common import clean_text, get_or_raise, not_negative
from .catalog import ModelInput, VariantInput, apply_costing_inputs
from .concurrency import check_version, flush_edit
from .errors import Conflict


@dataclass(frozen=True)
class DesignerDetail:
    """Everything the designer dialog shows; ``version`` goes back with the save."""

    id: uuid.UUID
    name: str
    url: str | None
    shop_url: str | None
    notes: str | None
    version: int


@dataclass(frozen=True)
class ModelDetail:
    """A model as its edit dialog fills the form: the input fields plus identity and version."""

    id: uuid.UUID
    data: ModelInput
    designer: str | None
    archived: bool
    version: int


@dataclass(frozen=True)
class VariantDetail:
    """A variant as its edit dialog fills the form."""

    id: uuid.UUID
    model: str
    data: VariantInput
    version: int


def get_designer(session: Session, designer_id: uuid.UUID) -> DesignerDetail:
    """One designer's fields."""
    d = get_or_raise(session, Designer, designer_id, "designer")
    return DesignerDetail(d.id, d.name, d.url, d.shop_url, d.notes, d.version_id)


def update_designer(
    session: Session,
    designer_id: uuid.UUID,
    name: str,
    url: str | None = None,
    shop_url: str | None = None,
    notes: str | None = None,
    *,
    expected_version: int | None = None,
) -> None:
    """Change a designer; names stay unique (ignoring case)."""
    designer = get_or_raise(session, Designer, designer_id, "designer")
    check_version(designer, expected_version, "designer")
    name = clean_text(name, "name", required=True)
    clash = session.scalar(
        select(Designer.id).where(
            func.lower(Designer.name) == name.lower(), Designer.id != designer_id
        )
    )
    if clash is not None:
        raise Conflict(f"A designer named {name!r} exists already.")
    designer.name = name
    designer.url = clean_text(url, "url", limit=500) or None
    designer.shop_url = clean_text(shop_url, "shop_url", limit=500) or None
    designer.notes = (notes or "").strip() or None
    flush_edit(session, "designer")


def get_model(session: Session, model_id: uuid.UUID) -> ModelDetail:
    """One model's fields as a :class:`ModelInput` for the edit dialog."""
    m = get_or_raise(session, Design, model_id, "model")
    data = ModelInput(
        name=m.name,
        designer_id=m.designer_id,
        category=m.category,
        tags=tuple(m.tags or ()),
        licence_id=m.licence_id,
        licence_text=m.licence_text,
        selling_allowed=m.selling_allowed,
        selling_proof_note=m.selling_proof_note,
        selling_allowed_until=m.selling_allowed_until,
        source_url=m.source_url,
        notes=m.notes,
    )
    designer = m.designer.name if m.designer is not None else None
    return ModelDetail(m.id, data, designer, m.archived, m.version_id)


def get_variant(session: Session, variant_id: uuid.UUID) -> VariantDetail:
    """One variant's fields as a :class:`VariantInput` for the edit dialog."""
    v = get_or_raise(session, Variant, variant_id, "variant")
    data = VariantInput(
        model_id=v.model_id,
        name=v.name,
        size_scale=v.size_scale,
        colourway=v.colourway,
        status=VariantStatus(v.status),
        price_cents=v.price_cents,
        filament_needs=tuple((n.tool, n.filament_id, n.grams) for n in v.filament_needs),
        print_time_s=v.print_time_s,
        labour_minutes=v.labour_minutes,
        packaging_cents=v.packaging_cents,
        notes=v.notes,
    )
    return VariantDetail(v.id, v.design.name, data, v.version_id)


def update_variant(
    session: Session,
    variant_id: uuid.UUID,
    data: VariantInput,
    *,
    expected_version: int | None = None,
) -> None:
    """Change a variant, its costing inputs and its filament needs (replaced as a whole)."""
    variant = get_or_raise(session, Variant, variant_id, "variant")
    check_version(variant, expected_version, "variant")
    get_or_raise(session, Design, data.model_id, "model")
    name = clean_text(data.name, "name", required=True)
    not_negative(data.price_cents, "price")
    clash = session.scalar(
        select(Variant.id).where(
            Variant.model_id == data.model_id, Variant.name == name, Variant.id != variant_id
        )
    )
    if clash is not None:
        raise Conflict(f"This model has a variant named {name!r} already.")
    tools = [tool for tool, _, _ in data.filament_needs]
    if len(set(tools)) != len(tools):
        raise Conflict("Each tool can hold one filament; a tool is listed twice.")
    variant.model_id = data.model_id
    variant.name = name
    variant.size_scale = data.size_scale or None
    variant.colourway = data.colourway or None
    variant.status = VariantStatus(data.status).value
    variant.price_cents = data.price_cents
    apply_costing_inputs(variant, data)
    wanted = {tool: (filament_id, grams) for tool, filament_id, grams in data.filament_needs}
    for need in list(variant.filament_needs):
        if need.tool not in wanted:
            variant.filament_needs.remove(need)
    for need in variant.filament_needs:
        need.filament_id, need.grams = wanted.pop(need.tool)
    for tool, (filament_id, grams) in sorted(wanted.items()):
        not_negative(grams, "grams")
        variant.filament_needs.append(
            VariantFilament(tool=tool, filament_id=filament_id, grams=grams)
        )
    flush_edit(session, "variant")


def selling_warning(model: Design, on: date | None = None) -> str | None:
    """Why prints of ``model`` may not be sold (on the day ``on``), or None when they may."""
    day = on or utcnow().date()
    if not model.selling_allowed:
        return f"The licence of {model.name!r} does not allow selling prints."
    if model.selling_allowed_until is not None and model.selling_allowed_until < day:
        return (
            f"Permission to sell prints of {model.name!r} ended on "
            f"{model.selling_allowed_until.isoformat()}."
        )
    return None


def product_selling_warning(session: Session, product_id: uuid.UUID) -> str | None:
    """The licence warning for a product made from a variant (None for accessories)."""
    product = get_or_raise(session, Product, product_id, "product")
    if product.variant_id is None:
        return None
    variant = get_or_raise(session, Variant, product.variant_id, "variant")
    return selling_warning(variant.design)
