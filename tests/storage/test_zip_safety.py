"""Model packs are unpacked without ever writing outside a private temp folder."""

from __future__ import annotations

import stat
import zipfile
from pathlib import Path

import pytest

from printshop_desktop.storage import UnsafeArchive, safe_zip_members

LIMIT = 100 * 1024 * 1024


def make_zip(path: Path, members: dict[str, bytes], **infos: zipfile.ZipInfo) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
        for info in infos.values():
            archive.writestr(info, b"target")
    return path


def test_yields_model_files_only_and_cleans_up(tmp_path: Path) -> None:
    archive = make_zip(
        tmp_path / "pack.zip",
        {
            "Benchy/benchy.stl": b"solid benchy",
            "Benchy/plate 1.3MF": b"PK 3mf",
            "Benchy/README.txt": b"read me",
            "Benchy/images/": b"",
        },
    )
    work = tmp_path / "work"
    work.mkdir()
    seen = {}
    for member in safe_zip_members(archive, LIMIT, 100, workdir=work):
        assert member.path.is_relative_to(work)
        seen[member.name] = (member.path.read_bytes(), member.size)

    assert seen == {
        "Benchy/benchy.stl": (b"solid benchy", 12),
        "Benchy/plate 1.3MF": (b"PK 3mf", 6),
    }
    assert list(work.iterdir()) == []


@pytest.mark.parametrize(
    "name", ["../evil.stl", "models/../../evil.stl", "/etc/evil.stl", "C:/evil.stl", "..\\evil.stl"]
)
def test_path_traversal_is_refused(tmp_path: Path, name: str) -> None:
    archive = make_zip(tmp_path / "bad.zip", {"fine.stl": b"ok", name: b"payload"})
    work = tmp_path / "work"
    work.mkdir()

    with pytest.raises(UnsafeArchive):
        list(safe_zip_members(archive, LIMIT, 100, workdir=work))

    assert not (tmp_path / "evil.stl").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.zip", "work"]
    assert list(work.iterdir()) == []


def test_symlink_member_is_refused(tmp_path: Path) -> None:
    link = zipfile.ZipInfo("link.stl")
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    archive = make_zip(tmp_path / "link.zip", {"a.stl": b"x"}, link=link)
    with pytest.raises(UnsafeArchive, match="link"):
        list(safe_zip_members(archive, LIMIT, 100))


def test_zip_bomb_is_refused(tmp_path: Path) -> None:
    archive = make_zip(tmp_path / "bomb.zip", {"bomb.stl": bytes(64 * 1024 * 1024)})
    assert archive.stat().st_size < 1024 * 1024
    with pytest.raises(UnsafeArchive, match="zip bomb"):
        list(safe_zip_members(archive, 10 * LIMIT, 100))


def test_limits_on_size_and_member_count(tmp_path: Path) -> None:
    many = make_zip(tmp_path / "many.zip", {f"p{i}.stl": b"x" for i in range(20)})
    with pytest.raises(UnsafeArchive, match="entries"):
        list(safe_zip_members(many, LIMIT, 10))
    big = make_zip(tmp_path / "big.zip", {"a.stl": b"y" * 5000, "b.stl": b"z" * 5000})
    with pytest.raises(UnsafeArchive, match="size"):
        list(safe_zip_members(big, 8000, 10))


def test_not_a_zip(tmp_path: Path) -> None:
    fake = tmp_path / "fake.zip"
    fake.write_bytes(b"this is not a zip")
    with pytest.raises(UnsafeArchive, match="not a readable zip"):
        list(safe_zip_members(fake, LIMIT, 10))
