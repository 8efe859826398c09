"""Connection settings for an S3-compatible bucket (Cloudflare R2, MinIO, AWS S3).

The caller reads the secret from the OS keyring (or, for scripts and CI, from environment
variables through :func:`s3_settings_from_env`) and passes it in; this package never stores
it. ``repr()`` of the settings never shows the keys.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from printshop_desktop.storage.errors import StoreMisconfigured

ENV_ENDPOINT_URL = "PRINTSHOP_S3_ENDPOINT_URL"
ENV_BUCKET = "PRINTSHOP_S3_BUCKET"
ENV_REGION = "PRINTSHOP_S3_REGION"
ENV_ACCESS_KEY_ID = "AWS_ACCESS_KEY_ID"
ENV_SECRET_ACCESS_KEY = "AWS_SECRET_ACCESS_KEY"

_LOOPBACK_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})


@dataclass(frozen=True)
class S3Settings:
    """Where the bucket is and the key to open it (the key fields are hidden from repr)."""

    endpoint_url: str
    bucket: str
    access_key_id: str = field(repr=False)
    secret_access_key: str = field(repr=False)
    region: str = "auto"

    @property
    def is_r2(self) -> bool:
        """True for a Cloudflare R2 endpoint."""
        host = urlsplit(self.endpoint_url).hostname or ""
        return host.endswith(".r2.cloudflarestorage.com")

    @property
    def store_id(self) -> str:
        """A short stable id of endpoint + bucket, used to name upload journal entries."""
        text = f"{self.endpoint_url.rstrip('/')}\n{self.bucket}"
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]

    def describe(self) -> str:
        """Human description, e.g. "R2 bucket X at endpoint Y"; never a secret."""
        kind = "R2" if self.is_r2 else "S3"
        return f"{kind} bucket {self.bucket} at endpoint {_public_endpoint(self.endpoint_url)}"

    def validate(self, *, allow_insecure_http: bool = False) -> None:
        """Raise StoreMisconfigured for settings that can't work or would be unsafe.

        Plain ``http://`` is accepted only for loopback hosts (local test servers) unless
        *allow_insecure_http* is set: keys and files must not cross a network unencrypted.
        """
        parts = urlsplit(self.endpoint_url)
        if parts.scheme not in ("https", "http") or not parts.hostname:
            raise StoreMisconfigured(
                "The storage endpoint must be a web address such as "
                "https://<account>.r2.cloudflarestorage.com."
            )
        if parts.username or parts.password:
            raise StoreMisconfigured(
                "The storage endpoint must not contain a user name or password; "
                "enter the access key in the key fields instead."
            )
        if (
            parts.scheme == "http"
            and parts.hostname not in _LOOPBACK_HOSTS
            and not allow_insecure_http
        ):
            raise StoreMisconfigured(
                "The storage endpoint must use https:// so files and keys travel encrypted."
            )
        if not self.bucket or not self.access_key_id or not self.secret_access_key:
            raise StoreMisconfigured("The bucket name, access key id and secret are required.")


def _public_endpoint(url: str) -> str:
    """The endpoint without any user info, query or fragment."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{host}{port}{parts.path}".rstrip("/")


def s3_settings_from_env(environ: Mapping[str, str] | None = None) -> S3Settings | None:
    """Settings from ``PRINTSHOP_S3_ENDPOINT_URL``, ``PRINTSHOP_S3_BUCKET``,
    ``AWS_ACCESS_KEY_ID`` and ``AWS_SECRET_ACCESS_KEY`` (region from ``PRINTSHOP_S3_REGION``,
    default ``auto``); None unless all four are set and non-empty.
    """
    env = os.environ if environ is None else environ
    values = [
        env.get(name, "").strip()
        for name in (ENV_ENDPOINT_URL, ENV_BUCKET, ENV_ACCESS_KEY_ID, ENV_SECRET_ACCESS_KEY)
    ]
    if not all(values):
        return None
    endpoint_url, bucket, key_id, secret = values
    region = env.get(ENV_REGION, "").strip() or "auto"
    return S3Settings(endpoint_url, bucket, key_id, secret, region)
