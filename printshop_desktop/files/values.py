"""Parse the text values slicers write: numbers, durations, lists, colours, placeholders.

Every parser returns ``None`` for a value that is missing, empty, malformed or an unfilled
placeholder (``#P_TIME#``, ``{print_time}``, ``[used_filament]``), never a guess.
"""

from __future__ import annotations

import math
import re

_PLACEHOLDER = re.compile(r"^(?:#[A-Za-z0-9_]+#|\{[^}]*\}|\[[A-Za-z0-9_ ]*\]|n/?a|nan|none|null)$",
                          re.IGNORECASE)
_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_DURATION_PART = re.compile(
    r"(\d+(?:\.\d+)?)\s*(days?|d|hours?|hrs?|h|minutes?|mins?|m|seconds?|secs?|s)(?![a-z])",
    re.IGNORECASE,
)
_CLOCK = re.compile(r"^(?:(\d+):)?(\d{1,2}):(\d{2})(?:\.\d+)?$")
_UNIT_SECONDS = {"d": 86400, "h": 3600, "m": 60, "s": 1}
_HEX_COLOUR = re.compile(r"^#?([0-9A-Fa-f]{3}|[0-9A-Fa-f]{6}|[0-9A-Fa-f]{8})$")


def clean(value: str | None) -> str | None:
    """Strip whitespace, CR and surrounding quotes; ``None`` for empty or placeholder text."""
    if value is None:
        return None
    text = value.strip().strip("\r").strip()
    if len(text) >= 2 and text[0] == text[-1] == '"':
        text = text[1:-1].strip()
    if not text or _PLACEHOLDER.match(text):
        return None
    return text


def to_float(value: str | None) -> float | None:
    """Read the first number in ``value`` (units after it are ignored), or ``None``."""
    text = clean(value)
    if text is None:
        return None
    match = _NUMBER.match(text)
    if match is None:
        return None
    number = float(match.group(0))
    return number if math.isfinite(number) else None


def to_int(value: str | None) -> int | None:
    """Read a number and round it to an int, or ``None``."""
    number = to_float(value)
    return None if number is None else round(number)


def parse_duration(value: str | None) -> int | None:
    """Read a duration in seconds from ``1d 2h 3m 4s``, ``1 hour 5 minutes``, ``01:02:03``
    or a bare number of seconds; ``None`` when it is missing or unfilled."""
    text = clean(value)
    if text is None:
        return None
    clock = _CLOCK.match(text)
    if clock:
        hours, minutes, seconds = (int(g) if g else 0 for g in clock.groups())
        return hours * 3600 + minutes * 60 + seconds
    parts = _DURATION_PART.findall(text)
    if parts:
        total = sum(float(num) * _UNIT_SECONDS[unit[0].lower()] for num, unit in parts)
        return round(total)
    number = to_float(text)
    if number is None or number < 0 or _NUMBER.fullmatch(text) is None:
        return None
    return round(number)


def split_list(value: str | None) -> list[str | None]:
    """Split a per-tool list separated by ``,`` or ``;`` (quoted items may hold either).

    Each item is cleaned, so an empty or placeholder item becomes ``None``.
    """
    text = value.strip().strip("\r") if value is not None else ""
    if not text:
        return []
    items: list[str | None] = []
    current: list[str] = []
    quoted = False
    for char in text:
        if char == '"':
            quoted = not quoted
            current.append(char)
        elif char in ",;" and not quoted:
            items.append(clean("".join(current)))
            current = []
        else:
            current.append(char)
    items.append(clean("".join(current)))
    return items


def float_list(value: str | None) -> list[float | None]:
    """Split a per-tool list and read each item as a number."""
    return [to_float(item) for item in split_list(value)]


def colour(value: str | None) -> str | None:
    """Normalise a colour to ``#RRGGBB`` (alpha dropped), or ``None`` if it is not one."""
    text = clean(value)
    if text is None:
        return None
    match = _HEX_COLOUR.match(text)
    if match is None:
        return None
    digits = match.group(1).upper()
    if len(digits) == 3:
        digits = "".join(c * 2 for c in digits)
    return "#" + digits[:6]


def first_number(value: str | None) -> float | None:
    """Read the first item of a per-tool list as a number (e.g. ``0.4,0.4`` gives 0.4)."""
    for item in float_list(value):
        if item is not None:
            return item
    return None


def rounded(value: float | None, digits: int = 3) -> float | None:
    """Round for display and JSON, keeping ``None``."""
    return None if value is None else round(value, digits)
