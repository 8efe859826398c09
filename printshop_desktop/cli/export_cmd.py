"""``printshop export ENTITY -o FILE.csv``: an entity, the shopping list or a POS item library."""

from __future__ import annotations

import argparse
import sys
from contextlib import nullcontext
from pathlib import Path
from typing import TextIO

from sqlalchemy.orm import Session

from ..services import csv_export, lowstock, pos_export
from ..services.csv_format import ENTITIES
from .common import guarded, open_for_cli

EXTRA = ("shopping-list", "pos")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``export`` command."""
    parser = subparsers.add_parser(
        "export",
        help="write designers, models, … movements, the shopping list or a POS item library as CSV",
    )
    parser.add_argument("entity", choices=(*ENTITIES, *EXTRA), metavar="ENTITY",
                        help=f"one of: {', '.join((*ENTITIES, *EXTRA))}")  # fmt: skip
    parser.add_argument("-o", "--output", type=Path, help="the CSV file (default: stdout)")
    parser.add_argument(
        "--pos-format",
        choices=[f.value for f in pos_export.PosFormat],
        default=pos_export.PosFormat.SQUARE.value,
        help="item library layout for 'pos' (default: square)",
    )
    parser.set_defaults(func=_export)


def _write(session: Session, args: argparse.Namespace, out: TextIO) -> int:
    if args.entity == "shopping-list":
        lines = lowstock.shopping_list(session)
        lowstock.write_shopping_csv(lines, out)
        return len(lines)
    if args.entity == "pos":
        return pos_export.export_pos(session, out, pos_export.PosFormat(args.pos_format))
    return csv_export.export_csv(session, args.entity, out)


def _export(args: argparse.Namespace) -> int:
    def action() -> int:
        database = open_for_cli()
        try:
            target = (
                args.output.open("w", encoding="utf-8", newline="")
                if args.output
                else nullcontext(sys.stdout)
            )
            with database.session() as session, target as out:
                count = _write(session, args, out)
        finally:
            database.dispose()
        if args.output:
            print(f"Wrote {count} {args.entity} row(s) to {args.output}.", file=sys.stderr)
        return 0

    return guarded(action)
