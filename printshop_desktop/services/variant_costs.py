"""The variants of one model as the Catalog's variant table shows them: with cost and margin.

A :class:`VariantLine` is a :class:`~.catalog.VariantRow` (drops and pickers that take a
variant row take it) plus size, colourway, the sliced-file version and its slicer settings,
the filament of each tool and the :class:`~.costing.UnitCost` worked out by
:func:`.costing.unit_costs`, so the table and the cost breakdown show the same figures.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.catalog import Variant, VariantFilament
from ..db.files import FileObject, SlicedFile
from ..db.inventory import Filament
from . import catalog, costing
from .catalog import VariantRow
from .costing import UnitCost


@dataclass(frozen=True)
class ToolNeed:
    """The filament one tool slot of a variant uses."""

    tool: int
    filament_id: uuid.UUID
    label: str
    colour_hex: str
    grams: float


@dataclass(frozen=True)
class SlicedSummary:
    """The variant's current sliced file and the settings the slicer wrote into it."""

    version: int
    file_name: str
    slicer: str | None
    printer_model: str | None
    layer_height_mm: float | None
    nozzle_mm: float | None

    def text(self) -> str:
        """``v2 · Dragon.gcode · PrusaSlicer 2.8.1 · MK4S · 0.2 mm layers · 0.4 mm nozzle``."""
        parts = [f"v{self.version}", self.file_name]
        parts += [p for p in (self.slicer, self.printer_model) if p]
        if self.layer_height_mm:
            parts.append(f"{self.layer_height_mm:g} mm layers")
        if self.nozzle_mm:
            parts.append(f"{self.nozzle_mm:g} mm nozzle")
        return " · ".join(parts)


@dataclass(frozen=True)
class VariantLine(VariantRow):
    """A variant with what the variant table and the cost breakdown show."""

    size_scale: str | None = None
    colourway: str | None = None
    file_version: int = 1
    labour_minutes: float = 0.0
    packaging_cents: int = 0
    tools: tuple[ToolNeed, ...] = ()
    sliced: SlicedSummary | None = None
    cost: UnitCost | None = None


def list_variant_lines(session: Session, model_id: uuid.UUID) -> list[VariantLine]:
    """The variants of ``model_id`` (not archived) with tools, sliced file, cost and margin."""
    rows = catalog.list_variants(session, model_id)
    ids = [row.id for row in rows]
    if not ids:
        return []
    variants = {v.id: v for v in session.scalars(select(Variant).where(Variant.id.in_(ids)))}
    tools = _tools(session, ids)
    sliced = _sliced(session, ids)
    costs = costing.unit_costs(session, ids)
    lines = []
    for row in rows:
        variant, cost = variants[row.id], costs[row.id]
        fields = {name: getattr(row, name) for name in VariantRow.__dataclass_fields__}
        if row.print_time_s is None and cost.print_time_s:
            fields["print_time_s"] = cost.print_time_s  # the sliced file's time
        lines.append(
            VariantLine(
                **fields,
                size_scale=variant.size_scale,
                colourway=variant.colourway,
                file_version=variant.version,
                labour_minutes=variant.labour_minutes,
                packaging_cents=variant.packaging_cents,
                tools=tools.get(row.id, ()),
                sliced=sliced.get(row.id),
                cost=cost,
            )
        )
    return lines


def _tools(session: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, tuple[ToolNeed, ...]]:
    query = (
        select(VariantFilament, Filament)
        .join(Filament, Filament.id == VariantFilament.filament_id)
        .where(VariantFilament.variant_id.in_(ids))
        .order_by(VariantFilament.variant_id, VariantFilament.tool)
    )
    found: dict[uuid.UUID, list[ToolNeed]] = {}
    for need, filament in session.execute(query):
        label = f"{filament.brand} {filament.material} {filament.colour_name}"
        found.setdefault(need.variant_id, []).append(
            ToolNeed(need.tool, filament.id, label, filament.colour_hex, need.grams)
        )
    return {variant_id: tuple(needs) for variant_id, needs in found.items()}


def _sliced(session: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, SlicedSummary]:
    query = (
        select(SlicedFile, FileObject.original_name)
        .join(FileObject, FileObject.id == SlicedFile.file_object_id)
        .where(SlicedFile.variant_id.in_(ids))
        .order_by(SlicedFile.version)
    )
    latest: dict[uuid.UUID, SlicedSummary] = {}
    for sliced, name in session.execute(query):
        slicer = " ".join(p for p in (sliced.slicer, sliced.slicer_version) if p) or None
        latest[sliced.variant_id] = SlicedSummary(
            sliced.version,
            name,
            slicer,
            sliced.printer_model,
            sliced.layer_height_mm,
            sliced.nozzle_mm,
        )
    return latest
