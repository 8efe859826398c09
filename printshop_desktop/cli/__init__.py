"""Command-line interface: ``printshop SUBCOMMAND``; with no subcommand the GUI opens.

Each subcommand lives in its own module that exposes ``register(subparsers)``; the module adds
its parser and sets ``func`` to a handler ``(args) -> int`` returning the exit code.
Handlers print one line to stderr and return non-zero for errors the user can fix.
"""
