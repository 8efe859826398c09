"""Parsing of slicer value strings: durations, lists, colours, placeholders."""

from __future__ import annotations

import pytest

from printshop_desktop.files.values import clean, colour, float_list, parse_duration, split_list


@pytest.mark.parametrize(("text", "seconds"), [
    ("8m 56s", 536), ("1d 2h 3m 4s", 93784), ("32m 6s\r", 1926), ("451", 451),
    ("1 hour 2 minutes", 3720), ("12.5 minutes", 750), ("01:02:03", 3723), ("45s", 45),
    ("#P_TIME#", None), ("{print_time}", None), ("", None), (None, None), ("soon", None),
])
def test_parse_duration(text: str | None, seconds: int | None) -> None:
    assert parse_duration(text) == seconds


def test_lists_split_on_comma_or_semicolon_outside_quotes() -> None:
    assert split_list('"A; B";"C, D"') == ["A; B", "C, D"]
    assert float_list("1.5, 0.00;2") == [1.5, 0.0, 2.0]
    assert split_list('"";PLA') == [None, "PLA"]


def test_colours_normalised() -> None:
    assert colour("#ff8000") == "#FF8000"
    assert colour("#FFFFFFFF") == "#FFFFFF"
    assert colour("#abc") == "#AABBCC"
    assert colour("orange") is None


def test_clean_strips_cr_quotes_and_placeholders() -> None:
    assert clean(' "Generic PLA"\r') == "Generic PLA"
    assert clean("[used_filament]") is None
    assert clean("nan") is None
