"""The ObjectStore contract, run against both backends (local folder and S3 on moto)."""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path

import pytest
from storage_helpers import SECRET_ACCESS_KEY, ProgressLog, no_temp_files, write_random

from printshop_desktop.storage import (
    CancelLike,
    CancelToken,
    DownloadCancelled,
    IntegrityError,
    ObjectNotFound,
    ObjectStore,
    PutStatus,
    UploadCancelled,
    UploadPaused,
    VerifyResult,
)


def test_put_then_get_round_trips_with_progress(store: ObjectStore, tmp_path: Path) -> None:
    source = tmp_path / "benchy.3mf"
    sha = write_random(source, 300_000)
    progress = ProgressLog()

    stored = store.put(source, progress=progress)

    assert (stored.sha256, stored.size, stored.status) == (sha, 300_000, PutStatus.STORED)
    progress.assert_monotonic_to(300_000)
    assert store.exists(sha)
    fetched = ProgressLog()
    out = store.get(sha, tmp_path / "out" / "copy.3mf", progress=fetched)
    assert hashlib.sha256(out.read_bytes()).hexdigest() == sha
    fetched.assert_monotonic_to(300_000)


def test_identical_bytes_are_stored_once(store: ObjectStore, tmp_path: Path) -> None:
    first, second = tmp_path / "a.stl", tmp_path / "renamed copy.stl"
    sha = write_random(first, 70_000, seed=3)
    second.write_bytes(first.read_bytes())
    progress = ProgressLog()

    assert store.put(first).status is PutStatus.STORED
    again = store.put(second, progress=progress)

    assert again.already_present and again.sha256 == sha
    progress.assert_monotonic_to(70_000)
    assert [(info.sha256, info.size) for info in store.list()] == [(sha, 70_000)]


def test_given_sha256_is_checked_not_trusted_blindly(store: ObjectStore, tmp_path: Path) -> None:
    source = tmp_path / "part.gcode"
    sha = write_random(source, 10_000)
    wrong = hashlib.sha256(b"something else").hexdigest()

    with pytest.raises(IntegrityError):
        store.put(source, sha256=wrong)

    assert not store.exists(wrong)
    assert store.put(source, sha256=sha.upper()).sha256 == sha


def test_empty_file(store: ObjectStore, tmp_path: Path) -> None:
    source = tmp_path / "empty.txt"
    source.write_bytes(b"")
    progress = ProgressLog()

    stored = store.put(source, progress=progress)

    assert stored.sha256 == hashlib.sha256(b"").hexdigest()
    assert progress.calls == [(0, 0)]
    assert store.get(stored.sha256, tmp_path / "back").read_bytes() == b""


def test_missing_object(store: ObjectStore, tmp_path: Path) -> None:
    sha = hashlib.sha256(b"never stored").hexdigest()
    assert not store.exists(sha)
    assert store.verify(sha) is VerifyResult.MISSING
    with pytest.raises(ObjectNotFound):
        store.get(sha, tmp_path / "nothing")
    assert not (tmp_path / "nothing").exists()


def test_verify_ok_is_truthy(store: ObjectStore, tmp_path: Path) -> None:
    source = tmp_path / "ok.bin"
    sha = write_random(source, 1234)
    store.put(source)
    result = store.verify(sha)
    assert result is VerifyResult.OK and result
    assert not VerifyResult.CORRUPT


def test_describe_and_check(store: ObjectStore) -> None:
    store.check()
    text = store.describe()
    assert text.startswith(("Local folder ", "S3 bucket "))
    assert SECRET_ACCESS_KEY not in text + repr(store)


@pytest.mark.parametrize("token_kind", ["event", "callable", "pause"])
def test_stop_before_start_stores_nothing(
    store: ObjectStore, tmp_path: Path, token_kind: str
) -> None:
    source = tmp_path / "model.stl"
    sha = write_random(source, 4096)
    event = threading.Event()
    event.set()
    token = CancelToken()
    token.pause()
    tokens: dict[str, CancelLike] = {"event": event, "callable": lambda: True, "pause": token}
    cancel = tokens[token_kind]

    with pytest.raises(UploadCancelled) as caught:
        store.put(source, sha256=sha, cancel=cancel)

    assert isinstance(caught.value, UploadPaused) == (token_kind == "pause")
    assert not store.exists(sha)


def test_cancelled_download_leaves_no_file(store: ObjectStore, tmp_path: Path) -> None:
    source = tmp_path / "model.stl"
    sha = write_random(source, 3 * 1024 * 1024)
    store.put(source)
    token = CancelToken()

    def cancel_midway(done: int, total: int) -> None:
        token.cancel()

    dest = tmp_path / "dl" / "model.stl"
    with pytest.raises(DownloadCancelled):
        store.get(sha, dest, progress=cancel_midway, cancel=token)

    assert not dest.exists()
    assert no_temp_files(tmp_path / "dl")
