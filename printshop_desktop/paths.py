"""Where the app keeps its files, from platformdirs (never hard-coded)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "printshop-desktop"


def _override(name: str) -> Path | None:
    value = os.environ.get(name)
    return Path(value).expanduser() if value else None


def data_dir() -> Path:
    """User data: the embedded database, the local file store, outboxes."""
    return _override("PRINTSHOP_DATA_DIR") or Path(platformdirs.user_data_dir(APP_NAME))


def config_dir() -> Path:
    """User configuration: connection profiles (never secrets)."""
    return _override("PRINTSHOP_CONFIG_DIR") or Path(platformdirs.user_config_dir(APP_NAME))


def cache_dir() -> Path:
    """Caches that can be rebuilt: thumbnails, downloaded files."""
    return _override("PRINTSHOP_CACHE_DIR") or Path(platformdirs.user_cache_dir(APP_NAME))


def log_dir() -> Path:
    """Log files."""
    return _override("PRINTSHOP_LOG_DIR") or Path(platformdirs.user_log_dir(APP_NAME))


def default_sqlite_path() -> Path:
    """The embedded database of a one-PC shop."""
    return data_dir() / "printshop.sqlite3"
