"""``printshop labels spools|products -o FILE.pdf``: QR labels, one page per label."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..services import labels, settings_store
from .common import guarded, open_for_cli


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``labels`` command."""
    parser = subparsers.add_parser("labels", help="print QR labels for spools or product bins")
    parser.add_argument("kind", choices=("spools", "products"))
    parser.add_argument("-o", "--output", type=Path, required=True, help="the PDF to write")
    parser.add_argument(
        "--size",
        choices=[s.key for s in labels.LABEL_SIZES],
        help="label stock (default: the shop's setting, else brother_62x29)",
    )
    parser.set_defaults(func=_labels)


def _labels(args: argparse.Namespace) -> int:
    def action() -> int:
        database = open_for_cli()
        try:
            with database.session() as session:
                key = args.size or settings_store.get(session, settings_store.LABEL_FORMAT)
                size = labels.label_size(key)
                items = (
                    labels.spool_labels(session)
                    if args.kind == "spools"
                    else labels.product_labels(session)
                )
            with args.output.open("wb") as out:
                pages = labels.render_pdf(items, out, size)
        finally:
            database.dispose()
        print(f"Wrote {pages} label(s) ({size.name}) to {args.output}.", file=sys.stderr)
        return 0

    return guarded(action)
