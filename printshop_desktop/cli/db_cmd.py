"""``printshop db upgrade|current``: schema administration."""

from __future__ import annotations

import argparse

from ..connection import resolve
from ..db.engine import describe_url, make_engine
from ..db.migrate import schema_state
from ..keychain import Keychain
from .common import guarded, open_for_cli


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``db`` command."""
    parser = subparsers.add_parser("db", help="create, upgrade or inspect the database schema")
    actions = parser.add_subparsers(dest="db_action", metavar="ACTION", required=True)
    actions.add_parser("upgrade", help="create or upgrade the schema to this version").set_defaults(
        func=_upgrade
    )
    actions.add_parser("current", help="show the database's schema revision").set_defaults(
        func=_current
    )


def _upgrade(args: argparse.Namespace) -> int:
    def action() -> int:
        database = open_for_cli(upgrade=True)
        state = schema_state(database.engine)
        print(f"{database.description}: schema at revision {state.current} (up to date)")
        database.dispose()
        return 0

    return guarded(action)


def _current(args: argparse.Namespace) -> int:
    def action() -> int:
        url = resolve(Keychain()).url
        engine = make_engine(url)
        try:
            state = schema_state(engine)
        finally:
            engine.dispose()
        print(
            f"{describe_url(url)}: revision {state.current or 'none'} "
            f"(this app: {state.head}; {state.status.value})"
        )
        return 0

    return guarded(action)
