"""``printshop demo-data``: fill an empty database with a believable small shop."""

from __future__ import annotations

import argparse

from ..services.demo import load_demo_data
from .common import guarded, open_for_cli


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``demo-data`` command."""
    parser = subparsers.add_parser("demo-data", help="fill an empty database with demo data")
    parser.set_defaults(func=_demo)


def _demo(args: argparse.Namespace) -> int:
    def action() -> int:
        database = open_for_cli()
        with database.session() as session:
            summary = load_demo_data(session)
        print(
            f"{database.description}: added {summary.models} models, {summary.variants} "
            f"variants, {summary.products} products, {summary.jobs} print jobs and "
            f"{summary.events} market events."
        )
        database.dispose()
        return 0

    return guarded(action)
