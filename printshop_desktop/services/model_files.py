"""Files of the catalog: attach library files to models, list them, set a variant's sliced file.

A file version is recorded by :mod:`.library` (content-addressed, metadata as read by
``files.inspect``). Here it is linked to a model (``model_file``) and, for a sliced file, turned
into a *proposal* for a variant: the next sliced-file version, print time and grams per tool
matched to the shop's filaments by material and colour. Nothing is written until the user
confirms the proposal with :func:`apply_sliced_file`.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..db.catalog import Design, Variant, VariantFilament
from ..db.files import FileObject, ModelFile, SlicedFile
from ..files import FileInfo
from . import catalog, inventory
from ._common import get_or_raise, not_negative
from .concurrency import check_version, flush_edit
from .errors import ValidationFailed
from .filament_match import FilamentChoice, Match, grams_from_length, match_filament

SLICED_FORMATS = frozenset({"gcode", "bgcode", "gcode.3mf"})


@dataclass(frozen=True)
class ToolUse:
    """What a file says one tool (extruder or AMS slot) uses."""

    index: int
    material: str | None
    colour: str | None
    name: str | None
    grams: float | None
    mm: float | None


@dataclass(frozen=True)
class FileSummary:
    """The metadata fields the Catalog shows, read from a file's stored metadata."""

    format: str | None = None
    slicer: str | None = None
    slicer_version: str | None = None
    printer_model: str | None = None
    print_time_s: int | None = None
    filament_g: float | None = None
    layer_height_mm: float | None = None
    nozzle_mm: float | None = None
    triangles: int | None = None
    size_mm: tuple[float, float, float] | None = None
    tools: tuple[ToolUse, ...] = ()
    thumbnails: int = 0

    @property
    def is_sliced(self) -> bool:
        """True for a file a printer can print (G-code, binary G-code, sliced 3MF)."""
        return self.format in SLICED_FORMATS


@dataclass(frozen=True)
class ModelFileRow:
    """One file attached to a model, with its library record and metadata."""

    file_id: uuid.UUID
    model_id: uuid.UUID
    sha256: str
    name: str
    size_bytes: int
    media_type: str
    state: str
    added_at: datetime
    summary: FileSummary


@dataclass(frozen=True)
class ToolProposal:
    """One tool of a sliced file with the filament proposed for it (None: no match)."""

    tool: int
    material: str | None
    colour: str | None
    name: str | None
    grams: float | None
    mm: float | None
    filament_id: uuid.UUID | None
    match: Match

    def grams_with(self, filament: FilamentChoice | None) -> float | None:
        """Grams the file states, else worked out from its length with ``filament``."""
        if self.grams is not None:
            return self.grams
        if self.mm is None or filament is None:
            return None
        return grams_from_length(self.mm, filament.diameter_mm, filament.density_g_cm3)


@dataclass(frozen=True)
class SlicedProposal:
    """What setting ``file_id`` as the sliced file of a variant would write."""

    variant_id: uuid.UUID
    variant_name: str
    model_name: str
    expected_version: int
    file_id: uuid.UUID
    file_name: str
    version: int
    slicer: str | None
    slicer_version: str | None
    printer_model: str | None
    nozzle_mm: float | None
    layer_height_mm: float | None
    print_time_s: int | None
    filament_g: float | None
    tools: tuple[ToolProposal, ...]
    filaments: tuple[FilamentChoice, ...]

    def filament(self, filament_id: uuid.UUID | None) -> FilamentChoice | None:
        """The filament choice with this id, or None."""
        return next((f for f in self.filaments if f.id == filament_id), None)


def _float(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) else None


def _tool(raw: dict[str, Any]) -> ToolUse:
    return ToolUse(
        index=int(raw.get("index", 0)),
        material=raw.get("type"),
        colour=raw.get("colour"),
        name=raw.get("name"),
        grams=_float(raw.get("used_g")),
        mm=_float(raw.get("used_mm")),
    )


def summarise(metadata: dict[str, Any]) -> FileSummary:
    """The shown fields of ``FileInfo.to_dict()`` as stored with a file (missing: None)."""
    if not metadata:
        return FileSummary()
    mesh = metadata.get("mesh") or {}
    size = mesh.get("size_mm")
    time = metadata.get("estimated_time_s")
    return FileSummary(
        format=metadata.get("format"),
        slicer=metadata.get("slicer"),
        slicer_version=metadata.get("slicer_version"),
        printer_model=metadata.get("printer_model"),
        print_time_s=int(time) if isinstance(time, int | float) else None,
        filament_g=_float(metadata.get("filament_used_g")),
        layer_height_mm=_float(metadata.get("layer_height_mm")),
        nozzle_mm=_float(metadata.get("nozzle_diameter_mm")),
        triangles=mesh.get("triangles"),
        size_mm=(float(size[0]), float(size[1]), float(size[2])) if size else None,
        tools=tuple(_tool(t) for t in metadata.get("tools") or ()),
        thumbnails=len(metadata.get("thumbnails") or ()),
    )


def attach_file(session: Session, model_id: uuid.UUID, file_id: uuid.UUID) -> bool:
    """Link a library file to a model; False when it was linked already."""
    get_or_raise(session, Design, model_id, "model")
    get_or_raise(session, FileObject, file_id, "file")
    linked = session.scalar(
        select(ModelFile.id).where(
            ModelFile.model_id == model_id, ModelFile.file_object_id == file_id
        )
    )
    if linked is not None:
        return False
    session.add(ModelFile(model_id=model_id, file_object_id=file_id))
    session.flush()
    return True


def create_model_named(session: Session, name: str) -> uuid.UUID:
    """A new model called ``name`` (``name (2)``, … when taken), licence left to fill in."""
    base = name.strip()[:190] or "Untitled model"
    taken = {
        n.casefold()
        for n in session.scalars(select(Design.name).where(Design.designer_id.is_(None)))
    }
    candidate, number = base, 2
    while candidate.casefold() in taken:
        candidate, number = f"{base} ({number})", number + 1
    return catalog.create_model(session, catalog.ModelInput(name=candidate))


def list_model_files(session: Session, model_id: uuid.UUID) -> list[ModelFileRow]:
    """The files of a model, newest first, with the metadata the detail panel shows."""
    query = (
        select(ModelFile.added_at, FileObject)
        .join(FileObject, FileObject.id == ModelFile.file_object_id)
        .where(ModelFile.model_id == model_id)
        .order_by(ModelFile.added_at.desc(), FileObject.original_name)
    )
    return [
        ModelFileRow(
            file_id=obj.id,
            model_id=model_id,
            sha256=obj.sha256,
            name=obj.original_name,
            size_bytes=obj.size_bytes,
            media_type=obj.media_type,
            state=obj.state,
            added_at=added_at,
            summary=summarise(obj.file_metadata or {}),
        )
        for added_at, obj in session.execute(query)
    ]


def filament_choices(session: Session) -> tuple[FilamentChoice, ...]:
    """Every filament in stock lists, for matching and for the user's own pick."""
    return tuple(
        FilamentChoice(
            id=f.id,
            label=f"{f.brand} {f.material} {f.colour_name}",
            material=f.material,
            colour_hex=f.colour_hex,
            diameter_mm=f.diameter_mm,
            density_g_cm3=f.density_g_cm3,
        )
        for f in inventory.list_filaments(session)
    )


def _next_version(session: Session, variant: Variant) -> int:
    latest = session.scalar(
        select(func.max(SlicedFile.version)).where(SlicedFile.variant_id == variant.id)
    )
    return variant.version if latest is None else max(latest + 1, variant.version)


def propose_sliced_file(
    session: Session, variant_id: uuid.UUID, file_id: uuid.UUID, info: FileInfo
) -> SlicedProposal:
    """What ``info`` (read from the recorded file ``file_id``) would set on a variant."""
    variant = get_or_raise(session, Variant, variant_id, "variant")
    obj = get_or_raise(session, FileObject, file_id, "file")
    if info.format.value not in SLICED_FORMATS:
        raise ValidationFailed(
            "file", f"{obj.original_name} is not a sliced file (G-code or sliced 3MF)."
        )
    filaments = filament_choices(session)
    tools = []
    for tool in info.tools:
        found, quality = match_filament(tool.type, tool.colour, filaments)
        tools.append(
            ToolProposal(
                tool=tool.index,
                material=tool.type,
                colour=tool.colour,
                name=tool.name,
                grams=tool.used_g,
                mm=tool.used_mm,
                filament_id=found.id if found else None,
                match=quality,
            )
        )
    return SlicedProposal(
        variant_id=variant.id,
        variant_name=variant.name,
        model_name=variant.design.name,
        expected_version=variant.version_id,
        file_id=obj.id,
        file_name=obj.original_name,
        version=_next_version(session, variant),
        slicer=info.slicer,
        slicer_version=info.slicer_version,
        printer_model=info.printer_model,
        nozzle_mm=info.nozzle_diameter_mm,
        layer_height_mm=info.layer_height_mm,
        print_time_s=info.estimated_time_s,
        filament_g=info.filament_used_g,
        tools=tuple(tools),
        filaments=filaments,
    )


def apply_sliced_file(
    session: Session,
    proposal: SlicedProposal,
    needs: tuple[tuple[int, uuid.UUID, float], ...],
    *,
    use_print_time: bool = True,
) -> uuid.UUID:
    """Write the confirmed proposal: a sliced-file version and the variant's filament needs.

    ``needs`` are ``(tool, filament_id, grams)`` as the user confirmed them; they replace the
    variant's needs. With ``use_print_time`` the file's time becomes the variant's. A variant
    changed elsewhere since the proposal raises :class:`ConcurrentEdit`.
    """
    variant = get_or_raise(session, Variant, proposal.variant_id, "variant")
    check_version(variant, proposal.expected_version, "variant")
    get_or_raise(session, FileObject, proposal.file_id, "file")
    tools = [tool for tool, _, _ in needs]
    if len(set(tools)) != len(tools):
        raise ValidationFailed("filament", "Each tool can have only one filament.")
    for _, _, grams in needs:
        not_negative(grams, "grams")
    version = _next_version(session, variant)
    sliced = SlicedFile(
        variant_id=variant.id,
        version=version,
        file_object_id=proposal.file_id,
        slicer=(proposal.slicer or None) and proposal.slicer[:100],
        slicer_version=(proposal.slicer_version or None) and proposal.slicer_version[:50],
        printer_model=(proposal.printer_model or None) and proposal.printer_model[:200],
        nozzle_mm=proposal.nozzle_mm,
        layer_height_mm=proposal.layer_height_mm,
        print_time_s=proposal.print_time_s,
        filament_g=sum(g for _, _, g in needs) if needs else proposal.filament_g,
    )
    session.add(sliced)
    variant.version = version
    variant.filament_needs.clear()
    session.flush()
    for tool, filament_id, grams in sorted(needs):
        variant.filament_needs.append(
            VariantFilament(tool=tool, filament_id=filament_id, grams=round(grams, 2))
        )
    if use_print_time and proposal.print_time_s is not None:
        variant.print_time_s = proposal.print_time_s
    flush_edit(session, "variant")
    return sliced.id
