"""Catalog use cases: designers, models (designs) and variants."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..db.base import new_id
from ..db.catalog import Design, Designer, Variant, VariantFilament
from ..db.enums import VariantStatus
from ._common import clean_text, get_or_raise, not_negative
from .concurrency import check_version, flush_edit
from .errors import Conflict, ValidationFailed


@dataclass(frozen=True)
class DesignerRow:
    """A designer as the Catalog lists it."""

    id: uuid.UUID
    name: str
    url: str | None
    models: int
    version: int = 1


@dataclass(frozen=True)
class ModelRow:
    """A model (design) as the Catalog lists it."""

    id: uuid.UUID
    name: str
    designer: str | None
    category: str | None
    tags: tuple[str, ...]
    licence: str
    selling_allowed: bool
    variants: int
    archived: bool
    updated_at: datetime
    version: int = 1


@dataclass(frozen=True)
class ModelInput:
    """What the create/edit model dialog submits."""

    name: str
    designer_id: uuid.UUID | None = None
    category: str | None = None
    tags: tuple[str, ...] = ()
    licence_id: str | None = None
    licence_text: str | None = None
    selling_allowed: bool = False
    selling_proof_note: str | None = None
    selling_allowed_until: date | None = None
    source_url: str | None = None
    notes: str | None = None


@dataclass(frozen=True)
class VariantRow:
    """A variant with its model's name, for tables and pickers."""

    id: uuid.UUID
    model_id: uuid.UUID
    model: str
    name: str
    status: str
    price_cents: int
    filament_g: float
    selling_allowed: bool
    print_time_s: int | None = None
    version: int = 1


@dataclass(frozen=True)
class VariantInput:
    """What the create/edit variant dialog submits."""

    model_id: uuid.UUID
    name: str
    size_scale: str | None = None
    colourway: str | None = None
    status: VariantStatus = VariantStatus.DRAFT
    price_cents: int = 0
    filament_needs: tuple[tuple[int, uuid.UUID, float], ...] = field(default=())
    print_time_s: int | None = None
    labour_minutes: float = 0.0
    packaging_cents: int = 0
    notes: str | None = None


def licence_label(licence_id: str | None, licence_text: str | None) -> str:
    """How a licence reads in a table: the SPDX id, else the first line of the custom text."""
    if licence_id:
        return licence_id
    return licence_text.strip().splitlines()[0] if licence_text else "unknown"


def list_designers(session: Session) -> list[DesignerRow]:
    """Every designer with the number of models credited to them."""
    counts = (
        select(Design.designer_id, func.count().label("n")).group_by(Design.designer_id).subquery()
    )
    query = (
        select(Designer, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.designer_id == Designer.id)
        .order_by(Designer.name)
    )
    return [
        DesignerRow(id=d.id, name=d.name, url=d.url, models=int(n), version=d.version_id)
        for d, n in session.execute(query)
    ]


def create_designer(
    session: Session,
    name: str,
    url: str | None = None,
    shop_url: str | None = None,
    *,
    notes: str | None = None,
    row_id: uuid.UUID | None = None,
) -> uuid.UUID:
    """Add a designer; names are unique. ``row_id`` keeps an imported row's id."""
    name = clean_text(name, "name", required=True)
    if session.scalar(select(Designer.id).where(func.lower(Designer.name) == name.lower())):
        raise Conflict(f"A designer named {name!r} exists already.")
    designer = Designer(
        id=row_id or new_id(),
        name=name,
        url=url or None,
        shop_url=shop_url or None,
        notes=(notes or "").strip() or None,
    )
    session.add(designer)
    session.flush()
    return designer.id


def is_empty(session: Session) -> bool:
    """True when the catalog has no model at all (archived ones count): a new shop."""
    return session.scalar(select(Design.id).limit(1)) is None


def list_models(session: Session, *, include_archived: bool = False) -> list[ModelRow]:
    """Models with designer and variant count, newest change first."""
    variant_counts = (
        select(Variant.model_id, func.count().label("n"))
        .where(Variant.archived.is_(False))
        .group_by(Variant.model_id)
        .subquery()
    )
    # Columns, not entities: a 10k-model catalog loads several times faster.
    query = (
        select(
            Design.id,
            Design.name,
            Designer.name.label("designer"),
            Design.category,
            Design.tags,
            Design.licence_id,
            Design.licence_text,
            Design.selling_allowed,
            func.coalesce(variant_counts.c.n, 0).label("variants"),
            Design.archived,
            Design.updated_at,
            Design.version_id,
        )
        .outerjoin(Designer, Designer.id == Design.designer_id)
        .outerjoin(variant_counts, variant_counts.c.model_id == Design.id)
        .order_by(Design.updated_at.desc())
    )
    if not include_archived:
        query = query.where(Design.archived.is_(False))
    return [
        ModelRow(
            id=m.id,
            name=m.name,
            designer=m.designer,
            category=m.category,
            tags=tuple(m.tags or ()),
            licence=licence_label(m.licence_id, m.licence_text),
            selling_allowed=m.selling_allowed,
            variants=int(m.variants),
            archived=m.archived,
            updated_at=m.updated_at,
            version=m.version_id,
        )
        for m in session.execute(query)
    ]


def _apply_model(model: Design, data: ModelInput) -> None:
    model.name = clean_text(data.name, "name", required=True)
    model.designer_id = data.designer_id
    model.category = clean_text(data.category, "category") or None
    model.tags = sorted({t.strip().lower() for t in data.tags if t.strip()})
    model.licence_id = clean_text(data.licence_id, "licence_id", limit=100) or None
    model.licence_text = (data.licence_text or "").strip() or None
    model.selling_allowed = data.selling_allowed
    model.selling_proof_note = (data.selling_proof_note or "").strip() or None
    model.selling_allowed_until = data.selling_allowed_until
    url = clean_text(data.source_url, "source_url", limit=1000)
    if url and not url.startswith(("http://", "https://")):
        raise ValidationFailed("source_url", "Source URL must start with http:// or https://.")
    model.source_url = url or None
    model.notes = (data.notes or "").strip() or None


def _check_unique_model(session: Session, data: ModelInput, own_id: uuid.UUID | None) -> None:
    query = select(Design.id).where(
        func.lower(Design.name) == data.name.strip().lower(),
        Design.designer_id.is_(None)
        if data.designer_id is None
        else Design.designer_id == data.designer_id,
    )
    existing = session.scalar(query)
    if existing is not None and existing != own_id:
        raise Conflict(f"A model named {data.name.strip()!r} by this designer exists already.")


def create_model(
    session: Session, data: ModelInput, *, row_id: uuid.UUID | None = None
) -> uuid.UUID:
    """Add a model to the catalog. ``row_id`` keeps an imported row's id."""
    _check_unique_model(session, data, None)
    model = Design(id=row_id or new_id())
    _apply_model(model, data)
    session.add(model)
    session.flush()
    return model.id


def update_model(
    session: Session,
    model_id: uuid.UUID,
    data: ModelInput,
    *,
    expected_version: int | None = None,
) -> None:
    """Change a model's fields; ``expected_version`` (the row's ``version`` as the dialog
    showed it) makes a concurrent edit from another PC raise :class:`ConcurrentEdit`."""
    model = get_or_raise(session, Design, model_id, "model")
    check_version(model, expected_version, "model")
    _check_unique_model(session, data, model_id)
    _apply_model(model, data)
    flush_edit(session, "model")


def archive_model(session: Session, model_id: uuid.UUID, archived: bool = True) -> None:
    """Hide a model from the catalog (or bring it back); nothing is deleted."""
    get_or_raise(session, Design, model_id, "model").archived = archived
    session.flush()


def list_variants(session: Session, model_id: uuid.UUID | None = None) -> list[VariantRow]:
    """Variants (of one model, or all) with their filament grams."""
    grams = (
        select(VariantFilament.variant_id, func.sum(VariantFilament.grams).label("g"))
        .group_by(VariantFilament.variant_id)
        .subquery()
    )
    query = (
        select(Variant, Design.name, Design.selling_allowed, func.coalesce(grams.c.g, 0.0))
        .join(Design, Design.id == Variant.model_id)
        .outerjoin(grams, grams.c.variant_id == Variant.id)
        .where(Variant.archived.is_(False))
        .order_by(Design.name, Variant.name)
    )
    if model_id is not None:
        query = query.where(Variant.model_id == model_id)
    return [
        VariantRow(
            id=v.id,
            model_id=v.model_id,
            model=model_name,
            name=v.name,
            status=v.status,
            price_cents=v.price_cents,
            filament_g=float(g),
            selling_allowed=allowed,
            print_time_s=v.print_time_s,
            version=v.version_id,
        )
        for v, model_name, allowed, g in session.execute(query)
    ]


def create_variant(
    session: Session, data: VariantInput, *, row_id: uuid.UUID | None = None
) -> uuid.UUID:
    """Add a variant to a model, with its filament needs per tool."""
    get_or_raise(session, Design, data.model_id, "model")
    name = clean_text(data.name, "name", required=True)
    not_negative(data.price_cents, "price")
    clash = session.scalar(
        select(Variant.id).where(Variant.model_id == data.model_id, Variant.name == name)
    )
    if clash is not None:
        raise Conflict(f"This model has a variant named {name!r} already.")
    variant = Variant(
        id=row_id or new_id(),
        model_id=data.model_id,
        name=name,
        size_scale=data.size_scale or None,
        colourway=data.colourway or None,
        status=VariantStatus(data.status).value,
        price_cents=data.price_cents,
    )
    apply_costing_inputs(variant, data)
    for tool, filament_id, grams in data.filament_needs:
        not_negative(grams, "grams")
        variant.filament_needs.append(
            VariantFilament(tool=tool, filament_id=filament_id, grams=grams)
        )
    session.add(variant)
    session.flush()
    return variant.id


def apply_costing_inputs(variant: Variant, data: VariantInput) -> None:
    """Copy and check the costing fields of a variant dialog onto the row."""
    if data.print_time_s is not None:
        not_negative(data.print_time_s, "print_time_s")
    not_negative(data.labour_minutes, "labour_minutes")
    not_negative(data.packaging_cents, "packaging")
    variant.print_time_s = data.print_time_s
    variant.labour_minutes = float(data.labour_minutes)
    variant.packaging_cents = data.packaging_cents
    variant.notes = (data.notes or "").strip() or None
