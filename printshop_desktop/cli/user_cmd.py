"""``printshop user add|list``: people and (on PostgreSQL) their login roles."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from pathlib import Path

from ..db.enums import Role
from ..services import people, privacy
from .common import fail, guarded, open_for_cli


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``user`` command."""
    parser = subparsers.add_parser("user", help="add or list the people who use the app")
    actions = parser.add_subparsers(dest="user_action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="add a person (on PostgreSQL: a login role)")
    add.add_argument("username")
    add.add_argument("--role", choices=[r.value for r in Role], default=Role.STAFF.value)
    add.add_argument("--name", help="the name shown in the app")
    add.add_argument(
        "--password-stdin", action="store_true", help="read the new password from stdin"
    )
    add.set_defaults(func=_add)
    actions.add_parser("list", help="list the people").set_defaults(func=_list)
    export = actions.add_parser("export", help="write what is kept about a person as JSON")
    export.add_argument("username")
    export.add_argument("-o", "--output", type=Path, required=True)
    export.set_defaults(func=_export)
    erase = actions.add_parser("erase", help="replace a person's names with a pseudonym")
    erase.add_argument("username")
    erase.add_argument("--yes", action="store_true", help="do it (it cannot be undone)")
    erase.set_defaults(func=_erase)


def _add(args: argparse.Namespace) -> int:
    def action() -> int:
        database = open_for_cli()
        password = None
        if not database.is_sqlite:
            if args.password_stdin:
                password = sys.stdin.readline().rstrip("\n")
            elif sys.stdin.isatty():
                password = getpass.getpass(f"New password for {args.username}: ")
        with database.session() as session:
            people.create_user(
                session,
                args.username,
                Role(args.role),
                display_name=args.name,
                password=password,
            )
        print(f"{database.description}: added {args.username} ({args.role})")
        database.dispose()
        return 0

    return guarded(action)


def _list(args: argparse.Namespace) -> int:
    def action() -> int:
        database = open_for_cli()
        with database.session() as session:
            for user in people.list_users(session):
                state = "" if user.active else " (inactive)"
                print(f"{user.username}\t{user.role}\t{user.display_name}{state}")
        database.dispose()
        return 0

    return guarded(action)


def _export(args: argparse.Namespace) -> int:
    def action() -> int:
        database = open_for_cli()
        with database.session() as session:
            data = privacy.export_person(session, args.username)
        database.dispose()
        args.output.write_text(json.dumps(data, indent=2), encoding="utf-8")
        print(
            f"{args.output}: {len(data['stock_movements'])} stock movements, "
            f"{len(data['audit_log'])} audit entries"
        )
        return 0

    return guarded(action)


def _erase(args: argparse.Namespace) -> int:
    if not args.yes:
        return fail("erasing a person cannot be undone: add --yes to do it", 2)

    def action() -> int:
        database = open_for_cli()
        with database.session() as session:
            pseudonym = privacy.erase_person(session, args.username)
        database.dispose()
        print(f"{args.username} is now '{pseudonym}' and cannot sign in to the app")
        return 0

    return guarded(action)
