"""Card-terminal exports: read, refuse another currency, map unknown names, match, record once."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from printshop_desktop.db.enums import EventStatus, MovementReason, PaymentMethod
from printshop_desktop.services import catalog, events, inventory, ledger, reports, stall
from printshop_desktop.services import terminal_csv as tc
from printshop_desktop.services import terminal_match as tm
from printshop_desktop.services.errors import ValidationFailed

BERLIN_WINTER = timezone(timedelta(hours=1))
SQUARE = """\ufeffDate,Time,Time Zone,Category,Item,Qty,SKU,Gross Sales,Net Sales
2026-12-12,10:05:00,Berlin,Toys,Flexi Rex,2,,€16.00,€16.00
2026-12-12,11:30:00,Berlin,Toys,Bee Keyring (Standard),1,,€6.00,€6.00
2026-12-12,12:15:00,Berlin,Toys,Mystery Dragon,1,,€25.00,€25.00
2026-12-12,13:00:00,Berlin,Toys,Something,1,BEE-1,€6.00,€6.00
"""
SUMUP = """Transaction date;Description;Quantity;Amount;Currency
12.12.2026 10:05;Flexi Rex;1;8,00;EUR
"""


def test_reads_square_and_sumup_style_exports() -> None:
    lines = tc.parse_terminal_csv(SQUARE, "EUR", BERLIN_WINTER)
    assert [(x.item, x.quantity, x.amount_cents) for x in lines] == [
        ("Flexi Rex", 2, 1600),
        ("Bee Keyring (Standard)", 1, 600),
        ("Mystery Dragon", 1, 2500),
        ("Something", 1, 600),
    ]
    assert lines[0].occurred_at == datetime(2026, 12, 12, 9, 5, tzinfo=UTC)
    assert lines[0].unit_price_cents == 800
    (line,) = tc.parse_terminal_csv(SUMUP, "EUR", BERLIN_WINTER)
    assert (line.item, line.amount_cents, line.occurred_at.hour) == ("Flexi Rex", 800, 9)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (SUMUP.replace(";EUR", ";GBP"), "GBP"),
        ("Item,Qty,Amount\nFlexi Rex,1,$8.00\n", "USD"),
    ],
)
def test_another_currency_is_refused_whole(text: str, found: str) -> None:
    with pytest.raises(tc.OtherCurrency, match=f"in {found}, but the shop counts in EUR"):
        tc.parse_terminal_csv(text, "EUR")


def test_a_file_without_the_needed_columns_says_which() -> None:
    with pytest.raises(tc.TerminalFileError, match="No item or amount column"):
        tc.parse_terminal_csv("Foo,Bar\n1,2\n", "EUR")
    with pytest.raises(tc.TerminalFileError, match="not an amount"):
        tc.parse_terminal_csv("Item,Amount\nRex,lots\n", "EUR")
    assert tc.parse_amount("1.234,50 €") == 123450
    assert tc.parse_amount("1,234.50") == 123450


@pytest.fixture
def market(database):
    with database.session() as session:
        ids = {}
        for name, sku, price in (("Flexi Rex", "REX-1", 800), ("Bee Keyring", "BEE-1", 600)):
            model = catalog.create_model(
                session, catalog.ModelInput(name=name, selling_allowed=True)
            )
            variant = catalog.create_variant(session, catalog.VariantInput(model, "Standard"))
            ids[sku] = inventory.create_product(
                session,
                inventory.ProductInput(
                    sku, f"{name} (Standard)", variant_id=variant, price_cents=price
                ),
            )
            ledger.record(
                session,
                ledger.MovementInput(
                    quantity=10, reason=MovementReason.PRINT_PRODUCED, product_id=ids[sku]
                ),
            )
        event = events.create_event(
            session, events.EventInput("Christmas Fair", date(2026, 12, 12), date(2026, 12, 12))
        )
        stall.set_status(session, event, EventStatus.PACKING)
        for pid in ids.values():
            stall.pack(session, event, pid, 5)
        stall.set_status(session, event, EventStatus.LIVE)
        at = datetime(2026, 12, 12, 9, 7, tzinfo=UTC)
        stall.record_sale(
            session, event, stall.Sale(ids["REX-1"], 1, 800, PaymentMethod.CARD, occurred_at=at)
        )
        stall.record_sale(
            session, event, stall.Sale(ids["BEE-1"], 1, 600, PaymentMethod.CASH, occurred_at=at)
        )
        stall.record_sale(
            session, event, stall.Sale(ids["BEE-1"], 1, 600, PaymentMethod.CARD, occurred_at=at)
        )
    ids["event"] = event
    return ids


def test_matching_shows_what_is_missing_on_each_side_and_records_it_once(database, market) -> None:
    lines = tc.parse_terminal_csv(SQUARE, "EUR", BERLIN_WINTER)
    event = market["event"]
    with database.session() as session:
        result = tm.match_terminal(session, event, lines)
        assert result.unknown_items == ("Mystery Dragon",)
        statuses = [m.status for m in result.lines]
        assert statuses == [
            tm.LineStatus.PARTLY,  # 2 Rex on the terminal, 1 recorded
            tm.LineStatus.MATCHED,  # a card Bee near that time
            tm.LineStatus.UNKNOWN,
            tm.LineStatus.OTHER_PAYMENT,  # matched by SKU to the Bee recorded as cash
        ]
        assert result.card_not_on_terminal == {}
        with pytest.raises(ValidationFailed, match="Mystery Dragon"):
            tm.record_missing(session, event, lines)
        mapping = {"mystery dragon": market["REX-1"]}
        assert tm.record_missing(session, event, lines, mapping) == 2
    with database.session() as session:
        assert tm.record_missing(session, event, lines, mapping) == 0
        again = tm.match_terminal(session, event, lines, mapping)
        assert again.missing_units == 0
        report = reports.event_report(session, event)
        sold = stall.units_sold(session, event)
    assert sold[market["REX-1"]] == 3
    assert report.revenue_cents == 800 + 600 + 600 + 800 + 2500


def test_card_sales_the_terminal_does_not_have_are_listed(database, market) -> None:
    lines = tc.parse_terminal_csv("Item,Qty,Amount\nBee Keyring,1,6.00\n", "EUR")
    with database.session() as session:
        result = tm.match_terminal(session, market["event"], lines)
    assert result.lines[0].status is tm.LineStatus.MATCHED
    assert result.card_not_on_terminal == {market["REX-1"]: 1}
