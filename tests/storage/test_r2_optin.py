"""Opt-in: the same round trip against a real Cloudflare R2 bucket.

Runs only when these are set (never in CI here, which has no internet):
``PRINTSHOP_TEST_R2_ENDPOINT`` (https://<account>.r2.cloudflarestorage.com),
``PRINTSHOP_TEST_R2_BUCKET``, ``PRINTSHOP_TEST_R2_KEY_ID`` and ``PRINTSHOP_TEST_R2_SECRET``.
It checks what moto cannot: that R2 accepts our per-part SHA-256 checksums and equal parts.
Objects are content-addressed and never deleted, so the test writes random bytes once each.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from printshop_desktop.storage import S3Settings, S3Store, VerifyResult

NAMES = ("ENDPOINT", "BUCKET", "KEY_ID", "SECRET")
VALUES = {name: os.environ.get(f"PRINTSHOP_TEST_R2_{name}", "") for name in NAMES}

pytestmark = pytest.mark.skipif(
    not all(VALUES.values()), reason="no R2 credentials in PRINTSHOP_TEST_R2_*"
)


@pytest.mark.parametrize("size", [1024, 12 * 1024 * 1024])  # single put, and multipart
def test_round_trip_against_real_r2(tmp_path: Path, size: int) -> None:
    settings = S3Settings(
        VALUES["ENDPOINT"], VALUES["BUCKET"], VALUES["KEY_ID"], VALUES["SECRET"], "auto"
    )
    store = S3Store(
        settings,
        journal_dir=tmp_path / "journal",
        part_size=5 * 1024 * 1024,
        multipart_threshold=8 * 1024 * 1024,
    )
    store.check()
    source = tmp_path / "random.bin"
    source.write_bytes(os.urandom(size))
    stored = store.put(source)
    assert stored.size == size
    assert store.verify(stored.sha256) is VerifyResult.OK
    back = tmp_path / "back.bin"
    store.get(stored.sha256, back)
    assert back.read_bytes() == source.read_bytes()
