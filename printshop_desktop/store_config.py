"""Which file store this PC uses: the local folder (default) or an R2/S3 bucket.

The choice (kind, folder, endpoint, bucket, region) is kept in ``storage.json`` in the config
folder; the access key id and secret only in the OS keyring. For scripts and tests the
``PRINTSHOP_S3_*``/``AWS_*`` variables select and authenticate the S3 backend.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from . import paths
from .keychain import Keychain
from .storage import (
    LocalFolderStore,
    ObjectStore,
    OutboxStore,
    S3Settings,
    StoreMisconfigured,
    s3_settings_from_env,
)


@dataclass(frozen=True)
class StoreChoice:
    """The store settings that are not secret."""

    kind: str = "local"  # "local" or "s3"
    folder: str | None = None
    endpoint_url: str = ""
    bucket: str = ""
    region: str = "auto"

    @property
    def keyring_account(self) -> str:
        """The keyring entry for this bucket's keys."""
        return f"s3:{self.endpoint_url.rstrip('/')}/{self.bucket}"

    @property
    def local_root(self) -> Path:
        """The local folder store (also the offline outbox's parent when on R2)."""
        return Path(self.folder).expanduser() if self.folder else paths.data_dir() / "files"


def choice_path() -> Path:
    """Where the store choice is kept."""
    return paths.config_dir() / "storage.json"


def load_choice(path: Path | None = None) -> StoreChoice:
    """The saved choice, or the local folder when none is saved or the file is unreadable."""
    try:
        raw = json.loads((path or choice_path()).read_text(encoding="utf-8"))
        return StoreChoice(**{k: v for k, v in raw.items() if k in StoreChoice.__annotations__})
    except (OSError, ValueError, TypeError):
        return StoreChoice()


def save_choice(choice: StoreChoice, path: Path | None = None) -> None:
    """Write the choice (it holds no secret)."""
    path = path or choice_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(asdict(choice), indent=2), encoding="utf-8")
    os.replace(tmp, path)


def save_keys(choice: StoreChoice, keychain: Keychain, key_id: str, secret: str) -> bool:
    """Keep the bucket keys in the OS keyring; False when only kept for this session."""
    return keychain.set(choice.keyring_account, json.dumps({"id": key_id, "secret": secret}))


def s3_settings(choice: StoreChoice, keychain: Keychain) -> S3Settings:
    """The bucket settings with their keys from the keyring."""
    raw = keychain.get(choice.keyring_account)
    if not raw:
        raise StoreMisconfigured(
            "The access key for the bucket is not in this computer's keyring: "
            "enter it in the storage settings."
        )
    keys = json.loads(raw)
    return S3Settings(
        choice.endpoint_url, choice.bucket, keys["id"], keys["secret"], choice.region or "auto"
    )


def open_store(keychain: Keychain | None = None, choice: StoreChoice | None = None) -> ObjectStore:
    """The store to use: env S3 settings, else the saved choice, else the local folder.

    A bucket is wrapped in an outbox: with the network down, new files wait locally.
    """
    choice = choice or load_choice()
    settings = s3_settings_from_env()
    if settings is None and choice.kind == "s3":
        settings = s3_settings(choice, keychain or Keychain())
    if settings is None:
        return LocalFolderStore(choice.local_root)
    from .storage import S3Store  # boto3 loads only for a bucket

    remote = S3Store(settings, journal_dir=paths.data_dir() / "uploads")
    return OutboxStore(remote, LocalFolderStore(paths.data_dir() / "outbox"))
