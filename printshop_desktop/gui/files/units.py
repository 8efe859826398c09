"""How file sizes, rates, durations and grams read on screen."""

from __future__ import annotations

EMPTY = "—"
_UNITS = ("bytes", "KiB", "MiB", "GiB", "TiB")


def format_bytes(size: int | float | None) -> str:
    """``1536`` → ``1.5 KiB``; None → an em dash."""
    if size is None:
        return EMPTY
    value, unit = float(size), 0
    while value >= 1024 and unit < len(_UNITS) - 1:
        value, unit = value / 1024, unit + 1
    if unit == 0:
        return f"{int(value)} bytes"
    return f"{value:.1f} {_UNITS[unit]}"


def format_rate(bytes_per_s: float | None) -> str:
    """``2.5 MiB/s``; None (not known yet) → an em dash."""
    return EMPTY if not bytes_per_s else f"{format_bytes(bytes_per_s)}/s"


def format_duration(seconds: float | None) -> str:
    """``2h 03m``, ``4m 05s``, ``12s``; None → an em dash."""
    if seconds is None:
        return EMPTY
    total = max(0, round(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}h {minutes:02d}m"
    if minutes:
        return f"{minutes}m {secs:02d}s"
    return f"{secs}s"


def format_grams(grams: float | None) -> str:
    """``12.3 g``; None → an em dash."""
    return EMPTY if grams is None else f"{grams:,.1f} g"


def format_mm(value: float | None) -> str:
    """``0.20 mm``; None → an em dash."""
    return EMPTY if value is None else f"{value:.2f} mm"
