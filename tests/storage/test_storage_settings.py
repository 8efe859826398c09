"""Settings, journal and packaging rules of the storage package."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from printshop_desktop.storage import (
    LocalFolderStore,
    ObjectStore,
    OutboxStore,
    S3Settings,
    S3Store,
    UploadJournal,
    UploadRecord,
    s3_settings_from_env,
)

SECRET = "very/secret+key"


def test_settings_from_env() -> None:
    env = {
        "PRINTSHOP_S3_ENDPOINT_URL": "https://acc.r2.cloudflarestorage.com",
        "PRINTSHOP_S3_BUCKET": "shop",
        "AWS_ACCESS_KEY_ID": "AKIA1",
        "AWS_SECRET_ACCESS_KEY": SECRET,
    }
    settings = s3_settings_from_env(env)
    assert settings is not None and settings.region == "auto" and settings.is_r2
    assert settings.describe() == "R2 bucket shop at endpoint https://acc.r2.cloudflarestorage.com"
    assert SECRET not in repr(settings) and "AKIA1" not in repr(settings)
    assert s3_settings_from_env({**env, "AWS_SECRET_ACCESS_KEY": " "}) is None
    assert s3_settings_from_env({}) is None


def test_describe_drops_user_info_and_query() -> None:
    settings = S3Settings("https://u:pw@minio.lan:9000/?x=1", "b", "k", SECRET)
    assert settings.describe() == "S3 bucket b at endpoint https://minio.lan:9000"


def test_journal_ignores_damaged_entries(tmp_path: Path) -> None:
    journal = UploadJournal(tmp_path)
    record = UploadRecord.new(
        "store1", "a" * 64, "objects/aa/x", "up-1", tmp_path / "f", 9, 5 << 20
    )
    journal.save(record)
    (tmp_path / "store1-broken.json").write_text("{not json")
    (tmp_path / f"store1-{'b' * 64}.json").write_text(json.dumps({"format": 99}))
    assert journal.records("store1") == [record]
    assert journal.records("other") == []
    journal.remove("store1", "a" * 64)
    assert journal.records() == []


BLOCKER = r"""
import importlib.abc, pkgutil, sys
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        top = name.split(".")[0]
        if top in {"PySide6", "shiboken6", "pyqtgraph", "sqlalchemy"}:
            raise ImportError("storage imported " + name)
        if name.startswith("printshop_desktop.") and not name.startswith(
            "printshop_desktop.storage"
        ):
            raise ImportError("storage imported " + name)
        return None
import printshop_desktop
sys.meta_path.insert(0, Block())
import printshop_desktop.storage as storage
for info in pkgutil.walk_packages(storage.__path__, "printshop_desktop.storage."):
    __import__(info.name)
print("ok")
"""


def test_storage_is_qt_free_and_self_contained() -> None:
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, "-c", BLOCKER], capture_output=True, text=True, timeout=60, cwd=root
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_every_store_satisfies_the_protocol(tmp_path: Path) -> None:
    local: ObjectStore = LocalFolderStore(tmp_path / "a")
    outbox: ObjectStore = OutboxStore(local, LocalFolderStore(tmp_path / "b"))
    settings = S3Settings("http://127.0.0.1:9", "bucket", "k", SECRET)
    remote: ObjectStore = S3Store(settings, journal_dir=tmp_path / "j")
    assert all(isinstance(store, ObjectStore) for store in (local, outbox, remote))
