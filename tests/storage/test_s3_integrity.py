"""Corruption on the server is caught by verify and by get, and repaired by a new put."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from storage_helpers import no_temp_files, write_random

from printshop_desktop.storage import IntegrityError, PutStatus, S3Store, VerifyResult
from printshop_desktop.storage.multipart import MiB


@pytest.mark.parametrize("size", [200_000, 12 * MiB], ids=["single", "multipart"])
def test_corrupted_object_is_caught_by_verify_and_get(
    s3_store: S3Store, raw_s3: Any, bucket: str, tmp_path: Path, size: int
) -> None:
    source = tmp_path / "model.3mf"
    sha = write_random(source, size)
    s3_store.put(source)
    key = s3_store.key_for(sha)
    damaged = bytearray(source.read_bytes())
    damaged[size // 2] ^= 0xFF  # one flipped byte, same size, same metadata
    raw_s3.put_object(Bucket=bucket, Key=key, Body=bytes(damaged), Metadata={"sha256": sha})

    assert s3_store.verify(sha) is VerifyResult.CORRUPT
    dest_dir = tmp_path / "downloads"
    dest_dir.mkdir()
    with pytest.raises(IntegrityError) as caught:
        s3_store.get(sha, dest_dir / "model.3mf")
    assert "damaged" in str(caught.value)
    assert list(dest_dir.iterdir()) == []
    assert no_temp_files(dest_dir)


def test_object_whose_metadata_names_other_bytes_is_corrupt(
    s3_store: S3Store, raw_s3: Any, bucket: str, tmp_path: Path
) -> None:
    source = tmp_path / "a.stl"
    sha = write_random(source, 5000)
    key = s3_store.key_for(sha)
    raw_s3.put_object(Bucket=bucket, Key=key, Body=source.read_bytes())
    assert s3_store.verify(sha) is VerifyResult.OK  # right bytes, metadata simply absent
    raw_s3.put_object(
        Bucket=bucket, Key=key, Body=source.read_bytes(), Metadata={"sha256": "0" * 64}
    )
    assert s3_store.verify(sha) is VerifyResult.CORRUPT


def test_put_repairs_an_object_whose_size_is_wrong(
    s3_store: S3Store, raw_s3: Any, bucket: str, tmp_path: Path
) -> None:
    source = tmp_path / "a.stl"
    sha = write_random(source, 50_000)
    s3_store.put(source)
    truncated = source.read_bytes()[:1000]
    raw_s3.put_object(
        Bucket=bucket, Key=s3_store.key_for(sha), Body=truncated, Metadata={"sha256": sha}
    )

    assert s3_store.put(source).status is PutStatus.STORED
    assert s3_store.verify(sha) is VerifyResult.OK


def test_download_resumes_after_a_dropped_connection(s3_store: S3Store, tmp_path: Path) -> None:
    from botocore.exceptions import ResponseStreamingError

    source = tmp_path / "big.bin"
    sha = write_random(source, 6 * MiB, seed=8)
    s3_store.put(source)
    ranges: list[str | None] = []
    broken = {"done": False}

    def break_first_body(http_response: Any, parsed: dict[str, Any], **_: Any) -> None:
        body = parsed.get("Body")
        if body is None or broken["done"]:
            return
        broken["done"] = True
        original = body.iter_chunks

        def chunks(chunk_size: int = 1024) -> Any:
            for index, chunk in enumerate(original(chunk_size)):
                if index == 2:
                    raise ResponseStreamingError(error="connection reset")
                yield chunk

        body.iter_chunks = chunks

    def log_range(params: dict[str, Any], **_: Any) -> None:
        ranges.append(params.get("Range"))

    s3_store.client.meta.events.register("after-call.s3.GetObject", break_first_body)
    s3_store.client.meta.events.register("provide-client-params.s3.GetObject", log_range)

    out = s3_store.get(sha, tmp_path / "copy.bin")

    assert out.read_bytes() == source.read_bytes()
    assert ranges[0] is None and ranges[1] is not None and ranges[1].startswith("bytes=")
