"""Times are UTC in the data and local on screen; dates read the same way everywhere."""

from __future__ import annotations

from datetime import UTC, date, datetime

EMPTY = "—"


def to_local(moment: datetime) -> datetime:
    """A UTC (or naive, taken as UTC) time in this computer's time zone."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone()


def format_local(moment: datetime | None) -> str:
    """``2026-11-25 21:36 UTC`` → ``25 Nov 2026, 22:36`` in Berlin; None → an em dash."""
    if moment is None:
        return EMPTY
    local = to_local(moment)
    return f"{format_date(local.date())}, {local:%H:%M}"


def format_date(day: date | None) -> str:
    """``25 Nov 2026``."""
    if day is None:
        return EMPTY
    return f"{day.day} {day:%b %Y}"


def format_date_range(start: date, end: date) -> str:
    """``7–8 Dec 2026``, ``30 Nov – 2 Dec 2026``, or one day when start equals end."""
    if start == end:
        return format_date(start)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{format_date(end)}"
    if start.year == end.year:
        return f"{start.day} {start:%b} – {format_date(end)}"
    return f"{format_date(start)} – {format_date(end)}"
