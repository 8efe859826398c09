"""The multipart planner keeps R2's rules for every size from 0 to 5 TiB.

moto accepts unequal or tiny parts that R2 refuses, so the rules are checked here, on the
pure function, rather than through the server.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from printshop_desktop.storage import choose_part_size, plan_parts
from printshop_desktop.storage.multipart import MAX_OBJECT_SIZE, MAX_PARTS, MIN_PART_SIZE, MiB

EIGHT_MIB_LIMIT = 8 * MiB * MAX_PARTS  # beyond this the part size has to grow
sizes = st.one_of(
    st.integers(0, MAX_OBJECT_SIZE),
    st.integers(0, 200 * MiB),
    st.sampled_from(
        [0, 1, MIN_PART_SIZE, 8 * MiB, 8 * MiB + 1, MAX_OBJECT_SIZE - 1, MAX_OBJECT_SIZE]
        + [EIGHT_MIB_LIMIT + delta for delta in (-1, 0, 1, MiB)]
    ),
)


@settings(max_examples=300, deadline=None)
@given(size=sizes, min_mib=st.integers(5, 64))
def test_plan_keeps_r2_rules(size: int, min_mib: int) -> None:
    parts = plan_parts(size, min_part_size=min_mib * MiB)

    assert len(parts) <= MAX_PARTS
    assert sum(p.length for p in parts) == size
    assert [p.number for p in parts] == list(range(1, len(parts) + 1))
    offset = 0
    for part in parts:
        assert part.offset == offset and part.length > 0
        offset += part.length
    if len(parts) > 1:
        body = {p.length for p in parts[:-1]}
        assert len(body) == 1
        (part_size,) = body
        assert part_size >= MIN_PART_SIZE and part_size % MiB == 0
        assert parts[-1].length <= part_size


@settings(max_examples=300, deadline=None)
@given(size=st.integers(0, MAX_OBJECT_SIZE))
def test_part_size_is_the_smallest_mib_multiple_that_fits(size: int) -> None:
    part_size = choose_part_size(size)
    assert part_size >= 8 * MiB and part_size % MiB == 0
    assert -(-size // part_size) <= MAX_PARTS
    smaller = part_size - MiB
    assert smaller < 8 * MiB or -(-size // smaller) > MAX_PARTS


def test_edges() -> None:
    assert plan_parts(0) == []
    [only] = plan_parts(1)
    assert (only.number, only.offset, only.length) == (1, 0, 1)
    assert len(plan_parts(MAX_OBJECT_SIZE)) <= MAX_PARTS
    with pytest.raises(ValueError):
        plan_parts(MAX_OBJECT_SIZE + 1)
    with pytest.raises(ValueError):
        plan_parts(-1)
    with pytest.raises(ValueError):
        plan_parts(100 * MiB, min_part_size=4 * MiB)
    with pytest.raises(ValueError):
        plan_parts(MAX_PARTS * MIN_PART_SIZE + 1, part_size=MIN_PART_SIZE)
    resumed = plan_parts(100 * MiB, part_size=7 * MiB)
    assert {p.length for p in resumed[:-1]} == {7 * MiB}
