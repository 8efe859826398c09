"""Connection and credential problems come out as named errors that never show a secret."""

from __future__ import annotations

import socket
import traceback
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from storage_helpers import ACCESS_KEY_ID, SECRET_ACCESS_KEY, fast_retry, write_random

from printshop_desktop.storage import (
    AuthenticationFailed,
    BucketNotFound,
    LocalFolderStore,
    OutboxStore,
    PutStatus,
    S3Settings,
    S3Store,
    StorageError,
    StoreMisconfigured,
    StoreUnavailable,
)

WRONG_SECRET = "wrongSecretValue/ThatMustStayHidden+99"


def assert_no_secret(exc: BaseException) -> None:
    text = "".join(traceback.format_exception(exc)) + repr(exc) + str(exc)
    for secret in (SECRET_ACCESS_KEY, WRONG_SECRET):
        assert secret not in text
    assert isinstance(exc, StorageError) and exc.__cause__ is None


@pytest.fixture
def iam_auth(moto_endpoint: str, bucket: str) -> Iterator[str]:
    """Make moto check signatures (only keys it issued are valid) for one test, after
    creating the test bucket; yields the bucket name."""

    def set_count(value: str) -> None:
        request = urllib.request.Request(
            f"{moto_endpoint}/moto-api/reset-auth",
            data=value.encode(),
            headers={"Content-Type": "text/plain"},
            method="POST",
        )
        urllib.request.urlopen(request, timeout=5).close()

    set_count("0")
    try:
        yield bucket
    finally:
        set_count("inf")


def refused_endpoint() -> str:
    """A loopback port with nothing listening."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def offline_store(tmp_path: Path) -> S3Store:
    settings = S3Settings(refused_endpoint(), "shop-files", ACCESS_KEY_ID, SECRET_ACCESS_KEY)
    return S3Store(
        settings,
        journal_dir=tmp_path / "journal",
        retry=fast_retry(attempts=2),
        client_max_attempts=1,
        connect_timeout=2,
    )


def test_wrong_credentials(iam_auth: str, moto_endpoint: str, tmp_path: Path) -> None:
    settings = S3Settings(moto_endpoint, iam_auth, "AKIAWRONGKEY0000", WRONG_SECRET)
    store = S3Store(settings, journal_dir=tmp_path / "j", retry=fast_retry())
    source = tmp_path / "a.stl"
    write_random(source, 1000)

    with pytest.raises(AuthenticationFailed) as on_check:
        store.check()
    with pytest.raises(AuthenticationFailed) as on_put:
        store.put(source)

    assert "access key" in str(on_check.value)
    assert_no_secret(on_check.value)
    assert_no_secret(on_put.value)


def test_endpoint_refusing_connections(tmp_path: Path) -> None:
    store = offline_store(tmp_path)
    source = tmp_path / "a.stl"
    write_random(source, 1000)

    with pytest.raises(StoreUnavailable) as on_check:
        store.check()
    with pytest.raises(StoreUnavailable) as on_put:
        store.put(source)

    assert "Can't reach" in str(on_check.value)
    assert_no_secret(on_check.value)
    assert_no_secret(on_put.value)


def test_missing_bucket(moto_endpoint: str, tmp_path: Path) -> None:
    settings = S3Settings(moto_endpoint, "no-such-bucket-here", ACCESS_KEY_ID, SECRET_ACCESS_KEY)
    store = S3Store(settings, journal_dir=tmp_path / "j", retry=fast_retry())
    source = tmp_path / "a.stl"
    write_random(source, 1000)

    with pytest.raises(BucketNotFound):
        store.check()
    with pytest.raises(BucketNotFound) as on_put:
        store.put(source)
    assert_no_secret(on_put.value)


def test_plain_http_to_a_remote_host_is_refused(tmp_path: Path) -> None:
    settings = S3Settings("http://files.example.com", "b", ACCESS_KEY_ID, SECRET_ACCESS_KEY)
    with pytest.raises(StoreMisconfigured):
        S3Store(settings, journal_dir=tmp_path)
    with_userinfo = S3Settings(
        "https://user:pw@files.example.com", "b", ACCESS_KEY_ID, SECRET_ACCESS_KEY
    )
    with pytest.raises(StoreMisconfigured):
        with_userinfo.validate()


def test_outbox_keeps_files_while_offline_and_flushes_later(
    s3_store: S3Store, tmp_path: Path
) -> None:
    outbox = LocalFolderStore(tmp_path / "outbox")
    offline = OutboxStore(offline_store(tmp_path), outbox)
    first, second = tmp_path / "a.3mf", tmp_path / "b.3mf"
    sha_a = write_random(first, 2000, seed=1)
    sha_b = write_random(second, 3000, seed=2)

    assert offline.put(first).status is PutStatus.QUEUED
    assert offline.put(second).status is PutStatus.QUEUED
    assert {info.sha256 for info in offline.pending()} == {sha_a, sha_b}
    assert offline.exists(sha_a)
    assert offline.get(sha_a, tmp_path / "back.3mf").read_bytes() == first.read_bytes()
    still_offline = offline.flush()
    assert still_offline.uploaded == () and still_offline.remaining == 2

    online = OutboxStore(s3_store, outbox)  # the connection is back
    progress: list[tuple[int, int]] = []
    report = online.flush(progress=lambda done, total: progress.append((done, total)))

    assert set(report.uploaded) == {sha_a, sha_b} and report.remaining == 0
    assert online.pending() == []
    assert s3_store.verify(sha_a) and s3_store.verify(sha_b)
    assert progress[-1] == (5000, 5000)
    assert [d for d, _ in progress] == sorted(d for d, _ in progress)
