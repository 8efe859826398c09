"""Fixtures for the storage tests: a real S3 HTTP server (moto in server mode) on loopback.

The server runs for the whole session; each test gets its own fresh bucket, upload journal
and stores. Nothing of our own store is mocked: failures are injected into the boto3 client
through botocore event hooks, the way a flaky network would hit it.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import boto3
import pytest
from moto.server import ThreadedMotoServer
from storage_helpers import ACCESS_KEY_ID, PART, SECRET_ACCESS_KEY, fast_retry

from printshop_desktop.storage import LocalFolderStore, ObjectStore, S3Settings, S3Store


@pytest.fixture(scope="session")
def moto_endpoint() -> Iterator[str]:
    """``http://127.0.0.1:<port>`` of a moto S3 server running in this process."""
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


@pytest.fixture(scope="session")
def raw_s3(moto_endpoint: str) -> Any:
    """A plain boto3 client, for setting up and tampering behind the store's back."""
    return boto3.client(
        "s3",
        endpoint_url=moto_endpoint,
        region_name="us-east-1",
        aws_access_key_id="setup",
        aws_secret_access_key="setup",
    )


@pytest.fixture
def bucket(raw_s3: Any) -> str:
    """A fresh, empty bucket."""
    name = f"shop-{uuid.uuid4().hex[:16]}"
    raw_s3.create_bucket(Bucket=name)
    return name


@pytest.fixture
def s3_settings(moto_endpoint: str, bucket: str) -> S3Settings:
    return S3Settings(moto_endpoint, bucket, ACCESS_KEY_ID, SECRET_ACCESS_KEY, "auto")


@pytest.fixture
def make_s3_store(s3_settings: S3Settings, tmp_path: Path) -> Callable[..., S3Store]:
    """Build S3Stores on the test bucket sharing one journal (a "restart" = a new store)."""

    def make(**overrides: Any) -> S3Store:
        options: dict[str, Any] = {
            "journal_dir": tmp_path / "journal",
            "part_size": PART,
            "multipart_threshold": PART,
            "retry": fast_retry(),
        }
        options.update(overrides)
        return S3Store(s3_settings, **options)

    return make


@pytest.fixture
def s3_store(make_s3_store: Callable[..., S3Store]) -> S3Store:
    return make_s3_store()


@pytest.fixture(params=["local", "s3"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> ObjectStore:
    """Each contract test runs against both backends."""
    if request.param == "local":
        return LocalFolderStore(tmp_path / "objects")
    s3: S3Store = request.getfixturevalue("s3_store")
    return s3
