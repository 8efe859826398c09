"""Local folder specifics: fan-out layout, atomic writes, damaged files, housekeeping."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from storage_helpers import no_temp_files, write_random

from printshop_desktop.storage import (
    IntegrityError,
    LocalFolderStore,
    PutStatus,
    StoreUnavailable,
    VerifyResult,
)


def test_fan_out_layout_and_no_temp_files(tmp_path: Path) -> None:
    store = LocalFolderStore(tmp_path / "objects")
    source = tmp_path / "a.stl"
    sha = write_random(source, 10_000)

    store.put(source)

    assert (tmp_path / "objects" / sha[:2] / sha[2:4] / sha).read_bytes() == source.read_bytes()
    assert no_temp_files(tmp_path / "objects")
    assert store.describe() == f"Local folder {tmp_path / 'objects'}"


def test_leftover_temp_files_are_not_listed(tmp_path: Path) -> None:
    store = LocalFolderStore(tmp_path / "objects")
    source = tmp_path / "a.stl"
    sha = write_random(source, 100)
    store.put(source)
    folder = store.path_for(sha).parent
    (folder / f".{sha}.abc123.part").write_bytes(b"half")  # a crash mid-write
    (folder / "notes.txt").write_text("hi")
    assert [info.sha256 for info in store.list()] == [sha]


def test_damaged_file_is_detected_and_repaired_by_put(tmp_path: Path) -> None:
    store = LocalFolderStore(tmp_path / "objects")
    source = tmp_path / "a.stl"
    sha = write_random(source, 5000)
    store.put(source)
    store.path_for(sha).write_bytes(b"short")

    assert store.verify(sha) is VerifyResult.CORRUPT
    with pytest.raises(IntegrityError):
        store.get(sha, tmp_path / "out.stl")
    assert not (tmp_path / "out.stl").exists()
    assert store.put(source).status is PutStatus.STORED
    assert store.verify(sha) is VerifyResult.OK


def test_delete_is_for_housekeeping(tmp_path: Path) -> None:
    store = LocalFolderStore(tmp_path / "objects")
    source = tmp_path / "a.stl"
    sha = write_random(source, 10)
    store.put(source)
    assert store.delete(sha) and not store.exists(sha)
    assert not store.delete(sha)


def test_unusable_folder_is_reported(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    store = LocalFolderStore(blocker / "objects")
    with pytest.raises(StoreUnavailable):
        store.check()


def test_invalid_keys_are_programming_errors(tmp_path: Path) -> None:
    store = LocalFolderStore(tmp_path)
    with pytest.raises(ValueError):
        store.exists("../../etc/passwd")
    assert store.exists(hashlib.sha256(b"x").hexdigest().upper()) is False
