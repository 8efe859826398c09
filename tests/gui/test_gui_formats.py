"""Money from integer cents and UTC times shown in local time."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime

import pytest

from printshop_desktop.gui.local_time import format_date_range, format_local
from printshop_desktop.gui.money import CURRENCY, format_money


@pytest.mark.parametrize(
    ("cents", "text"),
    [(1250, "€12.50"), (5, "€0.05"), (0, "€0.00"), (-500, "-€5.00"), (123456789, "€1,234,567.89")],
)
def test_money_from_cents(cents: int, text: str) -> None:
    assert CURRENCY == "EUR"
    assert format_money(cents) == text


def test_other_currencies() -> None:
    assert format_money(999, "GBP") == "£9.99"
    assert format_money(999, "CHF") == "CHF 9.99"


@pytest.fixture
def berlin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.usefixtures("berlin")
def test_utc_is_shown_in_local_time() -> None:
    assert format_local(datetime(2026, 1, 5, 12, 30, tzinfo=UTC)) == "5 Jan 2026, 13:30"
    assert format_local(datetime(2026, 7, 5, 12, 30, tzinfo=UTC)) == "5 Jul 2026, 14:30"
    assert format_local(datetime(2026, 7, 5, 12, 30)) == "5 Jul 2026, 14:30"  # naive = UTC
    assert format_local(None) == "—"


def test_date_ranges() -> None:
    assert format_date_range(date(2026, 12, 7), date(2026, 12, 8)) == "7–8 Dec 2026"
    assert format_date_range(date(2026, 11, 30), date(2026, 12, 2)) == "30 Nov – 2 Dec 2026"
    assert format_date_range(date(2026, 12, 31), date(2027, 1, 1)) == "31 Dec 2026 – 1 Jan 2027"
    assert format_date_range(date(2026, 5, 1), date(2026, 5, 1)) == "1 May 2026"
