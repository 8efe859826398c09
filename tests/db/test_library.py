"""The file library: bytes stored once, recorded with their metadata, verified, fetched."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from printshop_desktop.db.enums import FileState
from printshop_desktop.services import library
from printshop_desktop.services.errors import NotFound
from printshop_desktop.storage import IntegrityError, LocalFolderStore, VerifyResult


def _tiny_stl(path: Path) -> Path:
    """One triangle, binary STL."""
    header = b"tiny test triangle".ljust(80, b" ")
    triangle = struct.pack("<12fH", 0, 0, 1, 0, 0, 0, 10, 0, 0, 0, 10, 0, 0)
    path.write_bytes(header + struct.pack("<I", 1) + triangle)
    return path


@pytest.fixture
def store(tmp_path: Path) -> LocalFolderStore:
    return LocalFolderStore(tmp_path / "store")


def test_same_bytes_are_stored_and_recorded_once(database, store, tmp_path: Path) -> None:
    first = _tiny_stl(tmp_path / "triangle.stl")
    copy = tmp_path / "renamed copy.stl"
    copy.write_bytes(first.read_bytes())
    with database.session() as session:
        added = library.add_file(session, store, first)
    with database.session() as session:
        again = library.add_file(session, store, copy)
    assert not added.duplicate and added.file.state == FileState.STORED.value
    assert again.duplicate and again.message == "already in the library as triangle.stl"
    assert added.file.media_type == "model/stl"
    with database.session() as session:
        assert [f.sha256 for f in library.list_files(session)] == [added.file.sha256]
    assert [o.sha256 for o in store.list()] == [added.file.sha256]


def test_verify_finds_damaged_files_and_pull_refuses_them(database, store, tmp_path) -> None:
    path = _tiny_stl(tmp_path / "triangle.stl")
    with database.session() as session:
        sha = library.add_file(session, store, path).file.sha256
        assert library.verify_all(session, store) == []
    stored = store.path_for(sha)
    stored.chmod(0o644)
    stored.write_bytes(b"flipped bits")
    with database.session() as session:
        problems = library.verify_all(session, store)
        assert [(p.sha256, p.result) for p in problems] == [(sha, VerifyResult.CORRUPT)]
        with pytest.raises(IntegrityError):
            library.pull(session, store, sha, tmp_path / "out.stl")
    assert not (tmp_path / "out.stl").exists()


def test_pull_fetches_by_sha_and_unknown_sha_is_named(database, store, tmp_path) -> None:
    path = _tiny_stl(tmp_path / "triangle.stl")
    with database.session() as session:
        sha = library.add_file(session, store, path).file.sha256
        library.pull(session, store, sha, tmp_path / "back.stl")
        with pytest.raises(NotFound):
            library.pull(session, store, "0" * 64, tmp_path / "nothing")
    assert (tmp_path / "back.stl").read_bytes() == path.read_bytes()


def test_unreadable_files_are_still_kept(database, store, tmp_path) -> None:
    notes = tmp_path / "licence.txt"
    notes.write_text("CC-BY-4.0, bought from the designer")
    with database.session() as session:
        result = library.add_file(session, store, notes)
    assert result.file.media_type == "text/plain"


def test_a_file_recorded_before_its_upload_survives_a_crash(database, store, tmp_path) -> None:
    path = _tiny_stl(tmp_path / "vase.stl")
    sha = __import__("hashlib").sha256(path.read_bytes()).hexdigest()
    with database.session() as session:
        reserved = library.reserve(
            session, store, path, sha256=sha, size=path.stat().st_size, name="vase.stl",
            info=None,
        )
    assert reserved.state == FileState.UPLOADING.value
    # ... the app dies here; at the next start:
    with database.session() as session:
        (waiting,) = library.unfinished_uploads(session)
        assert (waiting.sha256, waiting.source, waiting.name) == (sha, path, "vase.stl")
        assert library.verify_all(session, store)[0].result is VerifyResult.MISSING
    with database.session() as session:
        result = library.add_file(session, store, waiting.source)  # sent again
    assert not result.duplicate and result.file.state == FileState.STORED.value
    with database.session() as session:
        assert library.unfinished_uploads(session) == []
        assert library.verify_all(session, store) == []
        assert library.find_by_sha(session, sha).id == reserved.id  # the same record
