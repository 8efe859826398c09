"""``printshop files add|verify|pull``: the content-addressed file library."""

from __future__ import annotations

import argparse
from pathlib import Path

from .common import fail, guarded, open_for_cli

# The library pulls in mesh and slicer readers (numpy, boto3): imported when a command runs,
# so that 'printshop --help' and the other commands start fast.


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``files`` command."""
    parser = subparsers.add_parser("files", help="add, verify or fetch files in the library")
    actions = parser.add_subparsers(dest="files_action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="store files and print each sha256")
    add.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    add.set_defaults(func=_add)
    verify = actions.add_parser("verify", help="check every recorded file is stored intact")
    verify.set_defaults(func=_verify)
    pull = actions.add_parser("pull", help="fetch a stored file")
    pull.add_argument("sha256")
    pull.add_argument("-o", "--output", type=Path, required=True)
    pull.set_defaults(func=_pull)


def _expand(paths: list[Path]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.is_file()))
        else:
            found.append(path)
    return found


def _add(args: argparse.Namespace) -> int:
    from ..services import library
    from ..storage import StorageError
    from ..store_config import open_store

    def action() -> int:
        database = open_for_cli()
        store = open_store()
        failures = 0
        for path in _expand(args.paths):
            if not path.is_file():
                fail(f"{path}: no such file")
                failures += 1
                continue
            try:
                with database.session() as session:
                    result = library.add_file(session, store, path)
            except (StorageError, OSError) as error:
                fail(f"{path}: {error}")
                failures += 1
                continue
            print(f"{result.file.sha256}  {path}  ({result.message})")
        database.dispose()
        return 1 if failures else 0

    return guarded(action)


def _verify(args: argparse.Namespace) -> int:
    from ..services import library
    from ..store_config import open_store

    def action() -> int:
        database = open_for_cli()
        store = open_store()
        with database.session() as session:
            total = len(library.list_files(session))
            problems = library.verify_all(session, store)
        database.dispose()
        for problem in problems:
            print(f"{problem.result.value}\t{problem.sha256}\t{problem.original_name}")
        if problems:
            return fail(
                f"{len(problems)} of {total} files are missing or damaged in {store.describe()}"
            )
        print(f"all {total} files are stored intact in {store.describe()}")
        return 0

    return guarded(action)


def _pull(args: argparse.Namespace) -> int:
    from ..services import library
    from ..storage import StorageError
    from ..store_config import open_store

    def action() -> int:
        database = open_for_cli()
        store = open_store()
        try:
            with database.session() as session:
                row = library.pull(session, store, args.sha256, args.output)
        except StorageError as error:
            return fail(str(error))
        finally:
            database.dispose()
        print(f"{args.output} ({row.original_name}, {row.size_bytes} bytes, sha256 verified)")
        return 0

    return guarded(action)
