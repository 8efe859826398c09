"""``printshop audit prune [--days N]``: keep the audit log to its retention period."""

from __future__ import annotations

import argparse

from ..services import privacy
from .common import guarded, open_for_cli


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``audit`` command."""
    parser = subparsers.add_parser("audit", help="audit log housekeeping")
    actions = parser.add_subparsers(dest="audit_action", metavar="ACTION", required=True)
    prune = actions.add_parser("prune", help="delete entries older than the retention period")
    prune.add_argument("--days", type=int, help="override the retention setting")
    prune.set_defaults(func=_prune)


def _prune(args: argparse.Namespace) -> int:
    def action() -> int:
        database = open_for_cli()
        with database.session() as session:
            removed = privacy.prune_audit(session, args.days)
        database.dispose()
        print(f"{database.description}: removed {removed} old audit entries")
        return 0

    return guarded(action)
