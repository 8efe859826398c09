"""``printshop import spoolman|csv FILE``: bring filaments, spools or any entity in from files.

Every bad row is printed with its line number; with any, nothing is imported (exit 1) unless
``--skip-bad``. Without ``--yes`` the summary is shown and the import needs a "y" on a terminal;
elsewhere nothing is imported.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy.orm import Session

from ..services import csv_import, spoolman
from ..services.csv_format import ENTITIES, ImportPreview, ImportRefused, ImportResult, RowError
from .common import fail, guarded, open_for_cli


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``import`` command."""
    parser = subparsers.add_parser("import", help="import CSV files or a Spoolman export")
    kinds = parser.add_subparsers(dest="import_kind", metavar="KIND", required=True)
    sm = kinds.add_parser("spoolman", help="a Spoolman export (JSON/CSV) or SpoolmanDB JSON")
    sm.add_argument("file", type=Path, metavar="FILE")
    sm.set_defaults(func=_spoolman)
    csv_parser = kinds.add_parser("csv", help="one entity's CSV, or a folder of <entity>.csv")
    csv_parser.add_argument("file", type=Path, metavar="FILE")
    csv_parser.add_argument("--entity", choices=ENTITIES, help="default: the file's name")
    csv_parser.set_defaults(func=_csv)
    for sub in (sm, csv_parser):
        sub.add_argument("--yes", action="store_true", help="import without asking")
        sub.add_argument("--skip-bad", action="store_true", help="import the good rows only")


def _report_errors(source: str, errors: Sequence[RowError]) -> None:
    for error in errors:
        print(f"printshop: {source} {error}", file=sys.stderr)


def _summary(result: ImportResult) -> str:
    skipped = f", {len(result.skipped)} bad row(s) skipped" if result.skipped else ""
    return (
        f"{result.entity}: {result.created} new, {result.updated} updated, "
        f"{result.unchanged} unchanged{skipped}"
    )


def _confirm(args: argparse.Namespace, session: Session) -> int:
    if args.yes:
        return 0
    if sys.stdin.isatty():
        answer = input("Import these? [y/N] ").strip().lower()
        if answer in ("y", "yes"):
            return 0
    session.rollback()
    return fail("nothing imported; run again with --yes to import.")


def _check(source: str, previews: Sequence[ImportPreview], skip_bad: bool) -> bool:
    errors = [e for p in previews for e in p.errors]
    _report_errors(source, sorted(errors, key=lambda e: e.line))
    return not errors or skip_bad


def _spoolman(args: argparse.Namespace) -> int:
    def action() -> int:
        text = args.file.read_text(encoding="utf-8-sig")
        database = open_for_cli()
        try:
            with database.session() as session:
                preview = spoolman.parse(session, text)
                if not _check(args.file.name, (preview.filaments, preview.spools), args.skip_bad):
                    return fail(f"{len(preview.errors)} bad record(s); nothing imported.")
                for result in spoolman.apply(session, preview, skip_bad=args.skip_bad):
                    print(_summary(result))
                return _confirm(args, session)
        finally:
            database.dispose()

    return guarded(action)


def _import_folder(args: argparse.Namespace, session: Session) -> int:
    try:
        results = csv_import.import_folder(session, args.file, skip_bad=args.skip_bad)
    except ImportRefused as refused:
        _report_errors(args.file.name, refused.errors)
        return fail(f"{len(refused.errors)} bad row(s); nothing imported.")
    for result in results:
        _report_errors(f"{result.entity}.csv", result.skipped)
        print(_summary(result))
    return _confirm(args, session)


def _import_file(args: argparse.Namespace, session: Session) -> int:
    entity = args.entity or args.file.stem.lower()
    if entity not in ENTITIES:
        return fail(
            f"cannot tell what {args.file.name} holds; add --entity ({', '.join(ENTITIES)})."
        )
    with args.file.open(encoding="utf-8-sig", newline="") as stream:
        try:
            result = csv_import.import_stream(session, entity, stream, skip_bad=args.skip_bad)
        except ImportRefused as refused:
            _report_errors(args.file.name, refused.errors)
            return fail(f"{len(refused.errors)} bad row(s); nothing imported.")
    _report_errors(args.file.name, result.skipped)
    print(_summary(result))
    return _confirm(args, session)


def _csv(args: argparse.Namespace) -> int:
    def action() -> int:
        if not args.file.exists():
            return fail(f"{args.file} does not exist.")
        database = open_for_cli()
        try:
            with database.session() as session:
                if args.file.is_dir():
                    return _import_folder(args, session)
                return _import_file(args, session)
        finally:
            database.dispose()

    return guarded(action)
