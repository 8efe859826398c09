"""CSV rows of the catalog (designers, models, variants) applied through the catalog services,
and the import context that resolves references (ids, names, labels) for every entity."""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..db.catalog import Design, Designer, Variant
from ..db.enums import VariantStatus
from ..db.inventory import Filament, Product
from . import catalog, catalog_edit
from .csv_format import Cells, RowAction
from .errors import NotFound, ValidationFailed
from .inventory_edit import filament_label

IMPORT_NAMESPACE = uuid.UUID("9b3f7c64-3a51-4d7e-9a44-0c6e2f6d1a17")


@dataclass
class ImportContext:
    """What rows of one import share: the session, options, lookups and deferred work."""

    session: Session
    stock_levels: bool
    update_existing: bool = True
    deferred: list[tuple[int, Callable[[], None]]] = field(default_factory=list)
    _filaments: dict[str, uuid.UUID] | None = None
    _seen: Counter[str] = field(default_factory=Counter)
    _skus: dict[str, uuid.UUID] = field(default_factory=dict)

    def derived_id(self, entity: str, cells: Cells, columns: tuple[str, ...]) -> uuid.UUID:
        """A stable id for a row without one: the same row in a re-import gets the same id."""
        key = "\x1f".join([entity, *(cells.raw(c) for c in columns)])
        self._seen[key] += 1
        return uuid.uuid5(IMPORT_NAMESPACE, f"{key}\x1f{self._seen[key]}")

    def designer(self, cells: Cells, *, create: bool = True) -> uuid.UUID | None:
        """The row's designer by ``designer_id``, else by name (created when new)."""
        found = self._by_id(Designer, cells.row_id("designer_id"))
        name = cells.text("designer")
        if found is None and name:
            found = self.session.scalar(
                select(Designer.id).where(func.lower(Designer.name) == name.lower())
            )
            if found is None and create:
                found = catalog.create_designer(self.session, name)
        return found

    def model(self, cells: Cells) -> uuid.UUID:
        """The row's model by ``model_id``, else by name and designer."""
        found = self._by_id(Design, cells.row_id("model_id"))
        if found is not None:
            return found
        name = cells.text("model", required=True) or ""
        designer = self.designer(cells, create=False)
        query = select(Design.id).where(func.lower(Design.name) == name.lower())
        if cells.has("designer"):
            query = query.where(Design.designer_id == designer)
        matches = self.session.scalars(query).all()
        if len(matches) != 1:
            problem = "No model" if not matches else "More than one model"
            raise ValidationFailed("model", f"{problem} named {name!r}: give model_id.")
        return matches[0]

    def filament(self, cells: Cells) -> uuid.UUID:
        """The row's filament by ``filament_id``, else by its ``filament`` label."""
        found = self._by_id(Filament, cells.row_id("filament_id"))
        if found is not None:
            return found
        return self.filament_by_label(cells.text("filament", required=True) or "", "filament")

    def filament_by_label(self, label: str, column: str) -> uuid.UUID:
        """A filament by its label, case-insensitively."""
        if self._filaments is None:
            self._filaments = {
                filament_label(f).lower(): f.id for f in self.session.scalars(select(Filament))
            }
        found = self._filaments.get(label.strip().lower())
        if found is None:
            raise ValidationFailed(column, f"No filament {label!r}: import filaments first.")
        return found

    def remember_filament(self, filament_id: uuid.UUID) -> None:
        """Make a filament created by this import findable by its label."""
        if self._filaments is not None:
            f = self.session.get(Filament, filament_id)
            if f is not None:
                self._filaments[filament_label(f).lower()] = f.id

    def product_by_sku(self, sku: str, column: str) -> uuid.UUID:
        """A product by SKU (case-insensitive); found ones are remembered for the import."""
        key = sku.strip().upper()
        found = self._skus.get(key)
        if found is None:
            found = self.session.scalar(select(Product.id).where(Product.sku == key))
            if found is None:
                raise ValidationFailed(column, f"No product with SKU {sku!r}.")
            self._skus[key] = found
        return found

    def _by_id(
        self, cls: type[Designer | Design | Filament], row_id: uuid.UUID | None
    ) -> uuid.UUID | None:
        if row_id is None:
            return None
        return row_id if self.session.get(cls, row_id) is not None else None


def designer_row(ctx: ImportContext, c: Cells, line: int) -> RowAction:
    """Create or update a designer (matched by id, else by name)."""
    row_id = c.row_id()
    name = c.text("name", required=True) or ""
    existing = ctx.session.get(Designer, row_id) if row_id else None
    if existing is None:
        existing = ctx.session.scalar(
            select(Designer).where(func.lower(Designer.name) == name.lower())
        )
    fields = (c.text("url"), c.text("shop_url"), c.text("notes"))
    if existing is None:
        catalog.create_designer(
            ctx.session, name, fields[0], fields[1], notes=fields[2], row_id=row_id
        )
        return RowAction.NEW
    if (existing.name, existing.url, existing.shop_url, existing.notes) == (name, *fields):
        return RowAction.UNCHANGED
    catalog_edit.update_designer(ctx.session, existing.id, name, *fields)
    return RowAction.UPDATE


def model_row(ctx: ImportContext, c: Cells, line: int) -> RowAction:
    """Create or update a model (matched by id, else by designer and name)."""
    row_id = c.row_id()
    designer_id = ctx.designer(c)
    data = catalog.ModelInput(
        name=c.text("name", required=True) or "",
        designer_id=designer_id,
        category=c.text("category"),
        tags=tuple(sorted({t.lower() for t in c.items("tags")})),
        licence_id=c.text("licence_id"),
        licence_text=c.text("licence_text"),
        selling_allowed=c.boolean("selling_allowed"),
        selling_proof_note=c.text("selling_proof_note"),
        selling_allowed_until=c.day("selling_allowed_until"),
        source_url=c.text("source_url"),
        notes=c.text("notes"),
    )
    archived = c.boolean("archived")
    existing = ctx.session.get(Design, row_id) if row_id else None
    if existing is None:
        existing = ctx.session.scalar(
            select(Design).where(
                func.lower(Design.name) == data.name.lower(),
                Design.designer_id == designer_id if designer_id else Design.designer_id.is_(None),
            )
        )
    if existing is None:
        model_id = catalog.create_model(ctx.session, data, row_id=row_id)
        if archived:
            catalog.archive_model(ctx.session, model_id)
        return RowAction.NEW
    detail = catalog_edit.get_model(ctx.session, existing.id)
    if detail.data == data and detail.archived == archived:
        return RowAction.UNCHANGED
    catalog.update_model(ctx.session, existing.id, data)
    catalog.archive_model(ctx.session, existing.id, archived)
    return RowAction.UPDATE


def _needs(ctx: ImportContext, c: Cells) -> tuple[tuple[int, uuid.UUID, float], ...]:
    needs = []
    for item in c.items("filaments"):
        parts = item.split(":", 2)
        if len(parts) != 3:
            raise ValidationFailed("filaments", f"{item!r} is not tool:grams:filament.")
        try:
            tool, grams = int(parts[0]), float(parts[1])
        except ValueError:
            raise ValidationFailed("filaments", f"{item!r} is not tool:grams:filament.") from None
        needs.append((tool, ctx.filament_by_label(parts[2], "filaments"), grams))
    return tuple(needs)


def variant_row(ctx: ImportContext, c: Cells, line: int) -> RowAction:
    """Create or update a variant (matched by id, else by model and name)."""
    row_id = c.row_id()
    model_id = ctx.model(c)
    status = (c.text("status") or VariantStatus.DRAFT.value).lower()
    if status not in {s.value for s in VariantStatus}:
        raise ValidationFailed("status", f"{status!r} is not draft, active or retired.")
    data = catalog.VariantInput(
        model_id=model_id,
        name=c.text("name", required=True) or "",
        size_scale=c.text("size_scale"),
        colourway=c.text("colourway"),
        status=VariantStatus(status),
        price_cents=c.cents("price") or 0,
        filament_needs=_needs(ctx, c),
        print_time_s=c.integer("print_time_s"),
        labour_minutes=c.number("labour_minutes", 0.0) or 0.0,
        packaging_cents=c.cents("packaging") or 0,
        notes=c.text("notes"),
    )
    version = c.integer("version", 1) or 1
    archived = c.boolean("archived")
    existing = ctx.session.get(Variant, row_id) if row_id else None
    if existing is None:
        existing = ctx.session.scalar(
            select(Variant).where(Variant.model_id == model_id, Variant.name == data.name)
        )
    if existing is None:
        variant = ctx.session.get(Variant, catalog.create_variant(ctx.session, data, row_id=row_id))
        action = RowAction.NEW
    else:
        if catalog_edit.get_variant(ctx.session, existing.id).data != data:
            catalog_edit.update_variant(ctx.session, existing.id, data)
            action = RowAction.UPDATE
        else:
            action = RowAction.UNCHANGED
        variant = existing
    if variant is None:
        raise NotFound("The variant vanished during the import.")
    if (variant.version, variant.archived) != (version, archived):
        if version < 1:
            raise ValidationFailed("version", "Version must be 1 or more.")
        variant.version, variant.archived = version, archived
        action = RowAction.UPDATE if action is RowAction.UNCHANGED else action
    return action
