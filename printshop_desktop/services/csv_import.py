"""Import CSV files in two steps: ``parse`` (a dry run that reports every row's action or its
error with the line number) and ``apply`` (imports nothing while rows are bad, unless the user
accepts skipping them).

The dry run really applies each row through the same services the dialogs use, each row in
its own savepoint, and then rolls everything back: the preview's errors are exactly the ones
the import would hit, rows may refer to rows earlier in the file, and nothing is half-written.
Rows are matched by id, else by their natural key (name, SKU, …), so importing the same file
again updates or leaves rows alone instead of duplicating them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from . import csv_rows_catalog, csv_rows_stock
from .csv_format import (
    ENTITIES,
    Cells,
    ImportPreview,
    ImportRefused,
    ImportResult,
    PreviewRow,
    RowAction,
    RowError,
    read_rows,
)
from .csv_rows_catalog import ImportContext
from .errors import ServiceError, ValidationFailed

RowApplier = Callable[[ImportContext, Cells, int], RowAction]

_APPLIERS: dict[str, RowApplier] = {
    "designers": csv_rows_catalog.designer_row,
    "models": csv_rows_catalog.model_row,
    "variants": csv_rows_catalog.variant_row,
    "filaments": csv_rows_stock.filament_row,
    "spools": csv_rows_stock.spool_row,
    "products": csv_rows_stock.product_row,
    "movements": csv_rows_stock.movement_row,
}


def _error(line: int, error: Exception) -> RowError:
    if isinstance(error, IntegrityError):
        detail = str(error.orig).strip().splitlines()[0] if error.orig else "constraint"
        return RowError(line, "", f"the database refused this row ({detail})")
    return RowError(line, getattr(error, "field", ""), str(error))


def _guarded(session: Session, line: int, work: Callable[[], RowAction]) -> PreviewRow | RowError:
    savepoint = session.begin_nested()
    try:
        action = work()
        session.flush()
    except (ServiceError, IntegrityError) as error:
        savepoint.rollback()
        return _error(line, error)
    savepoint.commit()
    return PreviewRow(line, {}, action)


def _row_work(
    applier: RowApplier, context: ImportContext, row: PreviewRow
) -> Callable[[], RowAction]:
    return lambda: applier(context, Cells(row.values), row.line)


def _as_update(work: Callable[[], None]) -> Callable[[], RowAction]:
    def run() -> RowAction:
        work()
        return RowAction.UPDATE

    return run


def _run(
    session: Session, preview: ImportPreview, rows: tuple[PreviewRow, ...]
) -> tuple[PreviewRow, ...]:
    context = ImportContext(session, preview.stock_levels, preview.update_existing)
    applier = _APPLIERS[preview.entity]
    done: list[PreviewRow] = []
    for row in rows:
        outcome = _guarded(session, row.line, _row_work(applier, context, row))
        if isinstance(outcome, RowError):
            done.append(PreviewRow(row.line, row.values, None, outcome))
        else:
            done.append(PreviewRow(row.line, row.values, outcome.action))
    failed: dict[int, RowError] = {}
    for line, work in context.deferred:
        outcome = _guarded(session, line, _as_update(work))
        if isinstance(outcome, RowError):
            failed[line] = outcome
    return tuple(
        PreviewRow(r.line, r.values, None, failed[r.line]) if r.line in failed else r for r in done
    )


def parse(
    session: Session, entity: str, stream: TextIO, *, stock_levels: bool = True
) -> ImportPreview:
    """Read a CSV of ``entity`` and try every row without keeping anything.

    ``stock_levels``: take the stock columns (``on_hand``, ``remaining_g``, ``unopened_g``) as
    counts and record the difference to the ledger; off when the movements come along.
    """
    columns, raw = read_rows(stream)
    return parse_rows(session, entity, columns, raw, stock_levels=stock_levels)


def parse_rows(
    session: Session,
    entity: str,
    columns: tuple[str, ...],
    raw: list[tuple[int, dict[str, str]]],
    *,
    stock_levels: bool = True,
    update_existing: bool = True,
) -> ImportPreview:
    """Like :func:`parse`, for rows already read (line number, cells) from any source.

    ``update_existing`` off leaves rows that exist already as they are (only new ones added).
    """
    if entity not in _APPLIERS:
        raise ValidationFailed("entity", f"Cannot import {entity!r}; choose one of {ENTITIES}.")
    rows = tuple(PreviewRow(line, values) for line, values in raw)
    preview = ImportPreview(entity, columns, rows, stock_levels, update_existing)
    dry_run = session.begin_nested()
    try:
        checked = _run(session, preview, rows)
    finally:
        dry_run.rollback()
    return ImportPreview(entity, columns, checked, stock_levels, update_existing)


def _result(entity: str, done: tuple[PreviewRow, ...], skipped: list[RowError]) -> ImportResult:
    counts = dict.fromkeys(RowAction, 0)
    for row in done:
        if row.action is not None:
            counts[row.action] += 1
    return ImportResult(
        entity,
        counts[RowAction.NEW],
        counts[RowAction.UPDATE],
        counts[RowAction.UNCHANGED],
        tuple(skipped),
    )


def apply(session: Session, preview: ImportPreview, *, skip_bad: bool = False) -> ImportResult:
    """Import the rows of a preview. With bad rows, refuse (nothing imported) unless
    ``skip_bad``; a row that fails now but passed the preview refuses the whole import."""
    bad = preview.errors
    if bad and not skip_bad:
        raise ImportRefused(preview.entity, bad)
    good = tuple(PreviewRow(r.line, r.values) for r in preview.rows if r.error is None)
    done = _run(session, preview, good)
    new_errors = [r.error for r in done if r.error is not None]
    if new_errors:
        raise ImportRefused(preview.entity, new_errors)
    return _result(preview.entity, done, bad)


def import_stream(
    session: Session,
    entity: str,
    stream: TextIO,
    *,
    skip_bad: bool = False,
    stock_levels: bool = True,
) -> ImportResult:
    """Import a CSV in one pass (no preview step), for scripts: the same rows succeed or fail
    as with ``parse`` + ``apply``. With bad rows and no ``skip_bad`` it raises
    :class:`ImportRefused` and leaves nothing behind."""
    if entity not in _APPLIERS:
        raise ValidationFailed("entity", f"Cannot import {entity!r}; choose one of {ENTITIES}.")
    columns, raw = read_rows(stream)
    rows = tuple(PreviewRow(line, values) for line, values in raw)
    preview = ImportPreview(entity, columns, rows, stock_levels)
    whole = session.begin_nested()
    done = _run(session, preview, rows)
    errors = [r.error for r in done if r.error is not None]
    if errors and not skip_bad:
        whole.rollback()
        raise ImportRefused(entity, errors)
    whole.commit()
    return _result(entity, done, errors)


def import_folder(session: Session, folder: Path, *, skip_bad: bool = False) -> list[ImportResult]:
    """Import every ``<entity>.csv`` found in ``folder``, in dependency order, all or nothing.
    When the movements come along, stock columns are not taken as counts (the ledger is the
    history)."""
    present = [e for e in ENTITIES if (folder / f"{e}.csv").is_file()]
    if not present:
        raise ValidationFailed(
            "folder", f"No entity CSV files ({', '.join(ENTITIES)}) in {folder}."
        )
    stock_levels = "movements" not in present
    results = []
    whole = session.begin_nested()
    try:
        for entity in present:
            with (folder / f"{entity}.csv").open(encoding="utf-8-sig", newline="") as stream:
                results.append(
                    import_stream(
                        session, entity, stream, skip_bad=skip_bad, stock_levels=stock_levels
                    )
                )
    except ImportRefused:
        whole.rollback()
        raise
    whole.commit()
    return results
