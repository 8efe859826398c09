"""``printshop report event NAME-OR-ID [--json]``: what an event earned."""

from __future__ import annotations

import argparse
import json

from ..services import reports
from .common import guarded, open_for_cli


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``report`` command."""
    parser = subparsers.add_parser("report", help="reports (event takings and margin)")
    kinds = parser.add_subparsers(dest="report_kind", metavar="REPORT", required=True)
    event = kinds.add_parser("event", help="revenue, units, sell-through and margin of an event")
    event.add_argument("event", metavar="NAME-OR-ID")
    event.add_argument("--json", action="store_true", help="print one JSON object")
    event.set_defaults(func=_event)


def _money(cents: int) -> str:
    sign = "-" if cents < 0 else ""
    return f"{sign}{abs(cents) // 100}.{abs(cents) % 100:02d}"


def _event(args: argparse.Namespace) -> int:
    def action() -> int:
        database = open_for_cli()
        with database.session() as session:
            report = reports.event_report(session, reports.find_event(session, args.event))
        database.dispose()
        if args.json:
            print(json.dumps(report.to_dict()))
            return 0
        through = f"{report.sell_through:.0%}" if report.sell_through is not None else "n/a"
        print(f"{report.name}")
        print(f"  revenue      {_money(report.revenue_cents):>10}")
        print(f"  stall fee    {_money(report.stall_fee_cents):>10}")
        print(f"  margin       {_money(report.margin_cents):>10}")
        print(f"  units sold   {report.units_sold:>10}   sell-through {through}")
        for p in report.products:
            print(
                f"  {p.sku:<14} {p.units_sold:>4} of {p.packed:<4} {_money(p.revenue_cents):>9}"
                f"  {p.name}"
            )
        return 0

    return guarded(action)
