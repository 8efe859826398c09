"""Multipart uploads against a real S3 server (moto on loopback): large files, crashes,
flaky networks, cancel and pause."""

from __future__ import annotations

import hashlib
import random
import threading
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from botocore.exceptions import EndpointConnectionError
from storage_helpers import PART, ProgressLog, watch, write_random

from printshop_desktop.storage import (
    CancelToken,
    IntegrityError,
    PutStatus,
    S3Store,
    UploadCancelled,
    UploadPaused,
    VerifyResult,
)
from printshop_desktop.storage.multipart import MiB

SIZE_40 = 40 * MiB


class SimulatedCrash(Exception):
    """Stands for the process dying: nothing after it runs, nothing is aborted."""


def open_uploads(raw_s3: Any, bucket: str) -> list[dict[str, Any]]:
    uploads: list[dict[str, Any]] = raw_s3.list_multipart_uploads(Bucket=bucket).get("Uploads", [])
    return uploads


def test_40_mib_multipart_round_trip(
    s3_store: S3Store, raw_s3: Any, bucket: str, tmp_path: Path
) -> None:
    source = tmp_path / "big.3mf"
    sha = write_random(source, SIZE_40)
    calls = watch(s3_store.client)
    progress = ProgressLog()

    stored = s3_store.put(source, progress=progress)

    assert stored.status is PutStatus.STORED and stored.sha256 == sha
    assert calls.count("CreateMultipartUpload") == 1
    assert calls.count("UploadPart") == SIZE_40 // PART == 8
    assert calls.count("PutObject") == 0
    progress.assert_monotonic_to(SIZE_40)
    head = raw_s3.head_object(Bucket=bucket, Key=f"objects/{sha[:2]}/{sha}")
    assert head["Metadata"]["sha256"] == sha and head["ContentLength"] == SIZE_40
    out = s3_store.get(sha, tmp_path / "back.3mf")
    assert hashlib.sha256(out.read_bytes()).hexdigest() == sha
    assert open_uploads(raw_s3, bucket) == []
    assert s3_store.pending_uploads() == []


@pytest.mark.parametrize("restart_with", ["resume_pending", "put"])
def test_restart_after_crash_sends_only_missing_parts(
    make_s3_store: Callable[..., S3Store],
    raw_s3: Any,
    bucket: str,
    tmp_path: Path,
    restart_with: str,
) -> None:
    source = tmp_path / "big.3mf"
    sha = write_random(source, SIZE_40, seed=5)
    first = make_s3_store()

    def crash_after_two_parts(operation: str, nth: int) -> None:
        if operation == "UploadPart" and nth > 2:
            raise SimulatedCrash

    before = watch(first.client, fail=crash_after_two_parts)
    with pytest.raises(SimulatedCrash):
        first.put(source)

    [upload] = open_uploads(raw_s3, bucket)
    on_server = raw_s3.list_parts(Bucket=bucket, Key=upload["Key"], UploadId=upload["UploadId"])
    received = sorted(part["PartNumber"] for part in on_server["Parts"])
    assert len(received) == 2
    assert set(received) < set(before.part_numbers())

    restarted = make_s3_store()  # a new process: new client, same journal folder
    assert [record.sha256 for record in restarted.pending_uploads()] == [sha]
    after = watch(restarted.client)
    if restart_with == "put":
        assert restarted.put(source).status is PutStatus.STORED
    else:
        [outcome] = restarted.resume_pending()
        assert outcome.error is None and outcome.stored is not None

    sent_again = after.part_numbers()
    assert after.count("UploadPart") == 8 - 2
    assert sorted(sent_again) == sorted(set(range(1, 9)) - set(received))
    assert after.count("CreateMultipartUpload") == 0
    assert restarted.verify(sha) is VerifyResult.OK
    assert open_uploads(raw_s3, bucket) == [] and restarted.pending_uploads() == []


def test_flaky_network_still_completes_with_monotonic_progress(
    make_s3_store: Callable[..., S3Store], raw_s3: Any, bucket: str, tmp_path: Path
) -> None:
    size = 30 * MiB + 12_345
    source = tmp_path / "flaky.bin"
    sha = write_random(source, size, seed=9)
    store = make_s3_store()
    attempts: Counter[int] = Counter()
    lock = threading.Lock()
    injected: list[int] = []

    def drop_30_percent(params: dict[str, Any], **_: Any) -> None:
        """Fail ~30 % of part sends; the verdict depends only on (part, attempt), so the
        run is the same whatever order the worker threads call in."""
        part = int(params["query_string"]["partNumber"])
        with lock:
            attempts[part] += 1
            attempt = attempts[part]
        if random.Random(f"1234-{part}-{attempt}").random() < 0.3:
            injected.append(part)
            raise EndpointConnectionError(endpoint_url="http://127.0.0.1")

    store.client.meta.events.register("before-call.s3.UploadPart", drop_30_percent)
    progress = ProgressLog()

    assert store.put(source, progress=progress).status is PutStatus.STORED

    assert injected, "the seed should inject failures"
    assert sum(attempts.values()) == 7 + len(injected)
    assert sorted(attempts) == list(range(1, 8))
    progress.assert_monotonic_to(size)
    assert store.verify(sha) is VerifyResult.OK
    assert open_uploads(raw_s3, bucket) == []


def test_cancel_aborts_the_multipart_upload(
    s3_store: S3Store, raw_s3: Any, bucket: str, tmp_path: Path
) -> None:
    source = tmp_path / "big.bin"
    sha = write_random(source, 25 * MiB, seed=11)
    token = CancelToken()
    calls = watch(s3_store.client)

    with pytest.raises(UploadCancelled) as caught:
        s3_store.put(source, progress=lambda done, total: token.cancel(), cancel=token)

    assert not isinstance(caught.value, UploadPaused)
    assert calls.count("AbortMultipartUpload") == 1
    assert open_uploads(raw_s3, bucket) == []
    assert s3_store.pending_uploads() == []
    assert not s3_store.exists(sha)


def test_pause_keeps_the_upload_and_put_continues_it(
    make_s3_store: Callable[..., S3Store], raw_s3: Any, bucket: str, tmp_path: Path
) -> None:
    source = tmp_path / "big.bin"
    sha = write_random(source, 25 * MiB, seed=12)
    store = make_s3_store(workers=1)
    token = CancelToken()
    first = watch(store.client)

    with pytest.raises(UploadPaused):
        store.put(source, progress=lambda done, total: token.pause(), cancel=token)

    assert first.count("AbortMultipartUpload") == 0
    assert len(open_uploads(raw_s3, bucket)) == 1
    sent_before = set(first.part_numbers())
    second = watch(store.client)
    progress = ProgressLog()
    assert store.put(source, progress=progress).status is PutStatus.STORED
    assert set(second.part_numbers()) == set(range(1, 6)) - sent_before
    progress.assert_monotonic_to(25 * MiB)
    assert store.verify(sha) is VerifyResult.OK


def test_file_changed_after_hashing_is_refused_and_aborted(
    s3_store: S3Store, raw_s3: Any, bucket: str, tmp_path: Path
) -> None:
    source = tmp_path / "growing.gcode"
    stale_sha = write_random(source, 12 * MiB, seed=1)
    write_random(source, 12 * MiB, seed=2)  # rewritten by the slicer after it was hashed

    with pytest.raises(IntegrityError):
        s3_store.put(source, sha256=stale_sha)

    assert not s3_store.exists(stale_sha)
    assert open_uploads(raw_s3, bucket) == []
    assert s3_store.pending_uploads() == []


def test_parallel_puts_of_the_same_file_upload_once(s3_store: S3Store, tmp_path: Path) -> None:
    from concurrent.futures import ThreadPoolExecutor

    source = tmp_path / "same.bin"
    write_random(source, 11 * MiB, seed=4)
    calls = watch(s3_store.client)

    with ThreadPoolExecutor(3) as pool:
        results = list(pool.map(lambda _: s3_store.put(source), range(3)))

    assert sorted(r.status.value for r in results) == ["already present"] * 2 + ["stored"]
    assert calls.count("CreateMultipartUpload") == 1


def test_wifi_drop_mid_upload_queues_the_file_and_flush_sends_only_the_rest(
    make_s3_store: Callable[..., S3Store], raw_s3: Any, bucket: str, tmp_path: Path
) -> None:
    from printshop_desktop.storage import LocalFolderStore, OutboxStore, StoreUnavailable

    source = tmp_path / "big.3mf"
    sha = write_random(source, 30 * MiB, seed=21)
    store = make_s3_store(workers=1)
    network = {"up": True, "dropped": False}

    def drop_after_three_parts(operation: str, nth: int) -> None:
        if operation == "UploadPart" and nth == 4 and not network["dropped"]:
            network.update(up=False, dropped=True)
        if not network["up"]:
            raise EndpointConnectionError(endpoint_url="http://127.0.0.1")

    calls = watch(store.client, fail=drop_after_three_parts)
    outbox = OutboxStore(store, LocalFolderStore(tmp_path / "outbox"))

    assert outbox.put(source).status is PutStatus.QUEUED
    source.unlink()  # the user may even delete the original: the outbox has the bytes
    with pytest.raises(StoreUnavailable):
        outbox.check()
    assert len(open_uploads(raw_s3, bucket)) == 1

    assert outbox.flush().stopped_by is not None  # still offline: nothing changes
    network["up"] = True
    before = len(calls.part_numbers())
    report = outbox.flush()

    assert report.uploaded == (sha,) and report.remaining == 0 and report.stopped_by is None
    assert sorted(calls.part_numbers()[before:]) == [4, 5, 6]
    assert store.verify(sha) is VerifyResult.OK
    assert open_uploads(raw_s3, bucket) == [] and store.pending_uploads() == []


def test_cancel_while_offline_aborts_on_the_next_resume(
    make_s3_store: Callable[..., S3Store], raw_s3: Any, bucket: str, tmp_path: Path
) -> None:
    source = tmp_path / "big.bin"
    write_random(source, 12 * MiB, seed=31)
    store = make_s3_store(workers=1)
    token = CancelToken()

    def offline_abort(operation: str, nth: int) -> None:
        if operation == "AbortMultipartUpload":
            raise EndpointConnectionError(endpoint_url="http://127.0.0.1")

    watch(store.client, fail=offline_abort)
    with pytest.raises(UploadCancelled):
        store.put(source, progress=lambda done, total: token.cancel(), cancel=token)

    [record] = store.pending_uploads()
    assert record.abandoned and len(open_uploads(raw_s3, bucket)) == 1
    assert make_s3_store().resume_pending() == []
    assert open_uploads(raw_s3, bucket) == []
    assert store.pending_uploads() == []
