"""Printers as their edit dialog sees them: build volume, nozzle, what each slot holds, costs.

``Printer.loaded`` maps a tool slot (``"0"``, ``"1"``…) to ``{"filament_id", "spool_id"}``;
the start checks and the spool suggestions of :mod:`.jobs` read it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.enums import JobState, PrinterStatus
from ..db.inventory import Filament, Spool
from ..db.queue import Printer
from . import ledger, queue
from ._common import clean_text, get_or_raise, not_negative
from .errors import Conflict, ValidationFailed

MAX_SLOTS = 16


@dataclass(frozen=True)
class SlotLoad:
    """What one tool slot holds: a filament, and the spool it comes from when known."""

    tool: int
    filament_id: uuid.UUID | None
    spool_id: uuid.UUID | None = None


@dataclass(frozen=True)
class PrinterInput:
    """What the printer dialog submits."""

    name: str
    model: str | None = None
    build_mm: tuple[float, float, float] | None = None
    nozzle_mm: float = 0.4
    slots: tuple[SlotLoad, ...] = ()
    status: PrinterStatus = PrinterStatus.IDLE
    power_w: int = 0
    hourly_cost_cents: int = 0


@dataclass(frozen=True)
class PrinterDetail:
    """A printer as the dialog fills its form."""

    id: uuid.UUID
    data: PrinterInput


@dataclass(frozen=True)
class SpoolChoice:
    """An opened spool to pick in a slot or when finishing a job."""

    id: uuid.UUID
    filament_id: uuid.UUID
    label: str
    remaining_g: int


@dataclass(frozen=True)
class FilamentOption:
    """A filament to pick in a slot."""

    id: uuid.UUID
    label: str
    colour_hex: str
    material: str


def filament_label(filament: Filament) -> str:
    """``Polymaker PLA Sage Green``."""
    return f"{filament.brand} {filament.material} {filament.colour_name}"


def filament_options(session: Session) -> list[FilamentOption]:
    """Filaments not archived, by material and colour."""
    rows = session.scalars(
        select(Filament)
        .where(Filament.archived.is_(False))
        .order_by(Filament.material, Filament.colour_name, Filament.brand)
    )
    return [FilamentOption(f.id, filament_label(f), f.colour_hex, f.material) for f in rows]


def spool_choices(session: Session) -> list[SpoolChoice]:
    """Opened spools with grams left, fullest first within each filament."""
    remaining = ledger.spool_remaining(session)
    rows = session.execute(
        select(Spool.id, Spool.filament_id, Spool.lot, Spool.location, Filament)
        .join(Filament, Filament.id == Spool.filament_id)
        .where(Spool.archived.is_(False))
    ).all()
    choices = []
    for spool_id, filament_id, lot, location, filament in rows:
        grams = remaining.get(spool_id, 0)
        extra = f", lot {lot}" if lot else ""
        label = f"{filament_label(filament)} — {grams} g left ({location}{extra})"
        choices.append(SpoolChoice(spool_id, filament_id, label, grams))
    return sorted(choices, key=lambda c: (str(c.filament_id), -c.remaining_g))


def _slots(printer: Printer) -> tuple[SlotLoad, ...]:
    slots = []
    for key, value in sorted((printer.loaded or {}).items(), key=lambda kv: int(kv[0])):
        raw = value if isinstance(value, dict) else {"filament_id": value}
        filament = raw.get("filament_id")
        spool = raw.get("spool_id")
        slots.append(
            SlotLoad(
                int(key),
                uuid.UUID(str(filament)) if filament else None,
                uuid.UUID(str(spool)) if spool else None,
            )
        )
    return tuple(slots)


def get_printer(session: Session, printer_id: uuid.UUID) -> PrinterDetail:
    """Everything the dialog shows of one printer."""
    printer = get_or_raise(session, Printer, printer_id, "printer")
    build = (printer.build_x_mm, printer.build_y_mm, printer.build_z_mm)
    return PrinterDetail(
        id=printer.id,
        data=PrinterInput(
            name=printer.name,
            model=printer.model,
            build_mm=None if None in build else (build[0] or 0, build[1] or 0, build[2] or 0),
            nozzle_mm=printer.nozzle_mm,
            slots=_slots(printer),
            status=PrinterStatus(printer.status),
            power_w=printer.power_w,
            hourly_cost_cents=printer.hourly_cost_cents,
        ),
    )


def _loaded(session: Session, slots: tuple[SlotLoad, ...]) -> dict[str, dict[str, str | None]]:
    if len(slots) > MAX_SLOTS:
        raise ValidationFailed("slots", f"A printer has at most {MAX_SLOTS} tool slots.")
    loaded: dict[str, dict[str, str | None]] = {}
    for slot in slots:
        if slot.filament_id is None:
            continue
        get_or_raise(session, Filament, slot.filament_id, "filament")
        if slot.spool_id is not None:
            spool = get_or_raise(session, Spool, slot.spool_id, "spool")
            if spool.filament_id != slot.filament_id:
                raise ValidationFailed(
                    "slots", f"The spool in tool {slot.tool} holds another filament."
                )
        loaded[str(slot.tool)] = {
            "filament_id": str(slot.filament_id),
            "spool_id": str(slot.spool_id) if slot.spool_id else None,
        }
    return loaded


def _check(data: PrinterInput) -> None:
    if data.nozzle_mm <= 0:
        raise ValidationFailed("nozzle_mm", "Nozzle diameter must be more than 0 mm.")
    if data.build_mm is not None and min(data.build_mm) <= 0:
        raise ValidationFailed("build_mm", "Each side of the build volume is more than 0 mm.")
    not_negative(data.power_w, "power")
    not_negative(data.hourly_cost_cents, "hourly_cost")


def save_printer(
    session: Session, data: PrinterInput, printer_id: uuid.UUID | None = None
) -> uuid.UUID:
    """Create a printer (no id) or update one; names stay unique."""
    _check(data)
    name = clean_text(data.name, "name", required=True, limit=100)
    if printer_id is None:
        printer_id = queue.create_printer(
            session,
            name,
            data.model or None,
            nozzle_mm=data.nozzle_mm,
            build_mm=data.build_mm,
            power_w=data.power_w,
            hourly_cost_cents=data.hourly_cost_cents,
        )
    printer = get_or_raise(session, Printer, printer_id, "printer")
    clash = session.scalar(select(Printer.id).where(Printer.name == name, Printer.id != printer_id))
    if clash is not None:
        raise Conflict(f"A printer named {name!r} exists already.")
    x, y, z = data.build_mm or (None, None, None)
    printer.name = name
    printer.model = clean_text(data.model, "model", limit=100) or None
    printer.build_x_mm, printer.build_y_mm, printer.build_z_mm = x, y, z
    printer.nozzle_mm = data.nozzle_mm
    printer.loaded = _loaded(session, data.slots)
    printer.status = PrinterStatus(data.status).value
    printer.power_w = data.power_w
    printer.hourly_cost_cents = data.hourly_cost_cents
    session.flush()
    return printer_id


@dataclass(frozen=True)
class PrinterListRow:
    """A printer as the Print Queue's printer list shows it."""

    id: uuid.UUID
    name: str
    model: str | None
    status: str
    nozzle_mm: float
    build_mm: tuple[float, float, float] | None
    loaded: tuple[tuple[int, str, str], ...]  # (tool, filament label, colour hex)
    power_w: int
    hourly_cost_cents: int
    open_jobs: int
    printing: str | None = None  # the job on the printer now


def list_printer_rows(session: Session) -> list[PrinterListRow]:
    """Printers (not archived) with what each slot holds and their open jobs."""
    basics = {row.id: row for row in queue.list_printers(session)}
    printing = {
        job.printer_id: f"{job.model} — {job.variant}"
        for job in queue.list_jobs(session, include_finished=False)
        if job.state == JobState.PRINTING.value and job.printer_id is not None
    }
    filaments = {f.id: f for f in session.scalars(select(Filament))}
    rows = []
    for printer in session.scalars(
        select(Printer).where(Printer.archived.is_(False)).order_by(Printer.name)
    ):
        loaded = []
        for slot in _slots(printer):
            found = filaments.get(slot.filament_id) if slot.filament_id else None
            if found is not None:
                loaded.append((slot.tool, filament_label(found), found.colour_hex))
        build = (printer.build_x_mm, printer.build_y_mm, printer.build_z_mm)
        rows.append(
            PrinterListRow(
                id=printer.id,
                name=printer.name,
                model=printer.model,
                status=printer.status,
                nozzle_mm=printer.nozzle_mm,
                build_mm=None if None in build else (build[0] or 0, build[1] or 0, build[2] or 0),
                loaded=tuple(loaded),
                power_w=printer.power_w,
                hourly_cost_cents=printer.hourly_cost_cents,
                open_jobs=basics[printer.id].queued_jobs if printer.id in basics else 0,
                printing=printing.get(printer.id),
            )
        )
    return rows
