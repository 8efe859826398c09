"""The download cache stays under its size limit, evicting the least recently used."""

from __future__ import annotations

from pathlib import Path

import pytest
from storage_helpers import write_random

from printshop_desktop.storage import DownloadCache, IntegrityError, LocalFolderStore


@pytest.fixture
def source_store(tmp_path: Path) -> LocalFolderStore:
    return LocalFolderStore(tmp_path / "objects")


def stored(store: LocalFolderStore, tmp_path: Path, name: str, size: int, seed: int) -> str:
    path = tmp_path / name
    write_random(path, size, seed)
    return store.put(path).sha256


def test_evicts_least_recently_used_beyond_max_bytes(
    source_store: LocalFolderStore, tmp_path: Path
) -> None:
    a, b, c, d = (stored(source_store, tmp_path, n, 1000, i) for i, n in enumerate("abcd"))
    cache = DownloadCache(tmp_path / "cache", max_bytes=3000)
    for sha in (a, b, c):
        cache.fetch(source_store, sha)
    assert cache.lookup(a) is not None  # a is now the most recently used

    cache.fetch(source_store, d)

    assert cache.cached() == [c, a, d]
    assert cache.total_bytes == 3000
    assert not cache.path_for(b).exists()
    assert cache.fetch(source_store, b).read_bytes() == source_store.path_for(b).read_bytes()
    assert cache.cached() == [a, d, b]


def test_order_survives_a_restart(source_store: LocalFolderStore, tmp_path: Path) -> None:
    import os

    shas = [stored(source_store, tmp_path, f"f{i}", 500, i) for i in range(3)]
    cache = DownloadCache(tmp_path / "cache", max_bytes=10_000)
    for age, sha in enumerate(shas):
        path = cache.fetch(source_store, sha)
        os.utime(path, ns=(age * 10**9, age * 10**9))
    reopened = DownloadCache(tmp_path / "cache", max_bytes=1000)
    assert reopened.cached() == shas
    reopened.fetch(source_store, shas[0])  # a hit, then trimming happens on the next fetch
    extra = stored(source_store, tmp_path, "extra", 500, 99)
    reopened.fetch(source_store, extra)
    assert reopened.cached() == [shas[0], extra]


def test_damaged_source_never_enters_the_cache(
    source_store: LocalFolderStore, tmp_path: Path
) -> None:
    sha = stored(source_store, tmp_path, "x", 2000, 5)
    source_store.path_for(sha).write_bytes(b"bit rot")
    cache = DownloadCache(tmp_path / "cache", max_bytes=10_000)

    with pytest.raises(IntegrityError):
        cache.fetch(source_store, sha)

    assert cache.cached() == [] and not cache.path_for(sha).exists()


def test_single_file_larger_than_the_limit_is_still_returned(
    source_store: LocalFolderStore, tmp_path: Path
) -> None:
    small = stored(source_store, tmp_path, "s", 100, 1)
    big = stored(source_store, tmp_path, "b", 5000, 2)
    cache = DownloadCache(tmp_path / "cache", max_bytes=1000)
    cache.fetch(source_store, small)
    path = cache.fetch(source_store, big)
    assert path.exists() and cache.cached() == [big]
