"""The ``printshop`` command: subcommands, or the GUI when none is given."""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from .. import __version__

# Modules that add subcommands; each has ``register(subparsers)``.
COMMAND_MODULES = (
    "printshop_desktop.cli.db_cmd",
    "printshop_desktop.cli.demo_cmd",
    "printshop_desktop.cli.user_cmd",
    "printshop_desktop.cli.report_cmd",
    "printshop_desktop.cli.audit_cmd",
    "printshop_desktop.cli.inspect_cmd",
    "printshop_desktop.cli.files_cmd",
    "printshop_desktop.cli.export_cmd",
    "printshop_desktop.cli.import_cmd",
    "printshop_desktop.cli.label_cmd",
)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every available subcommand."""
    parser = argparse.ArgumentParser(
        prog="printshop",
        description="PrintShop Desktop. Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log more detail")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    gui = subparsers.add_parser("gui", help="open the window (the default)")
    gui.set_defaults(func=_run_gui)
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as error:
            if error.name != name:
                raise
            continue
        module.register(subparsers)
    return parser


def _run_gui(args: argparse.Namespace) -> int:
    from ..gui.app import run

    return run(sys.argv[:1])


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the arguments and run the command; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    func = getattr(args, "func", _run_gui)
    try:
        return int(func(args))
    except KeyboardInterrupt:
        print("printshop: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader (e.g. `| head`) went away: stop quietly, as Unix tools do.
        sys.stderr.close()
        return 141
