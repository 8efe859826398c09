"""Filament used per week, for the usage chart."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from printshop_desktop.db.enums import MovementReason
from printshop_desktop.services import inventory, ledger, stock_history
from printshop_desktop.services.errors import ValidationFailed

TODAY = date(2026, 3, 18)  # a Wednesday; its week starts on Monday 16 March


def _filament(session, colour: str, hexcode: str):
    return inventory.create_filament(
        session,
        inventory.FilamentInput(
            brand="Prusament", material="PLA", colour_name=colour, colour_hex=hexcode
        ),
    )


def _move(session, fid, grams: int, reason: MovementReason, when: datetime) -> None:
    ledger.record(
        session,
        ledger.MovementInput(quantity=grams, reason=reason, filament_id=fid, occurred_at=when),
    )


def test_usage_is_summed_per_week_with_empty_weeks_present(database) -> None:
    with database.session() as session:
        black = _filament(session, "Galaxy Black", "#1B1B1F")
        orange = _filament(session, "Orange", "#F27C1A")
        _filament(session, "Unused", "#FFFFFF")
        _move(session, black, 5000, MovementReason.PURCHASE, datetime(2026, 1, 1, tzinfo=UTC))
        _move(
            session,
            black,
            -120,
            MovementReason.PRINT_CONSUMED,
            datetime(2026, 3, 16, 0, 30, tzinfo=UTC),
        )
        _move(session, black, -30, MovementReason.WASTE, datetime(2026, 3, 17, tzinfo=UTC))
        _move(
            session, black, -200, MovementReason.PRINT_FAILED, datetime(2026, 3, 2, 12, tzinfo=UTC)
        )
        _move(session, black, -999, MovementReason.TRANSFER, datetime(2026, 3, 17, tzinfo=UTC))
        _move(
            session, black, -999, MovementReason.PRINT_CONSUMED, datetime(2025, 12, 1, tzinfo=UTC)
        )  # before the window
        _move(
            session, orange, -50, MovementReason.PRINT_CONSUMED, datetime(2026, 3, 10, tzinfo=UTC)
        )
    with database.session() as session:
        series = stock_history.filament_usage(session, weeks=3, today=TODAY)
    assert [s.label for s in series] == [
        "Prusament PLA Galaxy Black 1.75mm",
        "Prusament PLA Orange 1.75mm",
    ]
    first = series[0]
    assert first.weeks == (date(2026, 3, 2), date(2026, 3, 9), date(2026, 3, 16))
    assert first.grams == (200, 0, 150)
    assert first.total_g == 350
    assert first.colour_hex == "#1B1B1F"
    assert first.short == "PLA Galaxy Black"
    assert series[1].grams == (0, 50, 0)


def test_no_usage_gives_no_series(database) -> None:
    with database.session() as session:
        _filament(session, "Galaxy Black", "#1B1B1F")
        assert stock_history.filament_usage(session, today=TODAY) == []
        with pytest.raises(ValidationFailed):
            stock_history.filament_usage(session, weeks=0)
