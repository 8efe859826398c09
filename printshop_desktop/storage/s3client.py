"""Build the boto3 S3 client with the settings R2 needs and sane timeouts."""

from __future__ import annotations

from typing import Any

import boto3
from botocore.config import Config

from printshop_desktop.storage.settings import S3Settings


def make_client(
    settings: S3Settings,
    *,
    connect_timeout: float = 10.0,
    read_timeout: float = 60.0,
    max_attempts: int = 3,
    max_pool_connections: int = 10,
) -> Any:
    """A thread-safe S3 client for *settings* (its own boto3 session, path-style URLs).

    Automatic CRC checksums are off (``when_required``): R2 does not accept all of them, and
    this package sends SHA-256 checksums itself and verifies every download by sha256.
    """
    config = Config(
        region_name=settings.region,
        signature_version="s3v4",
        request_checksum_calculation="when_required",
        response_checksum_validation="when_required",
        retries={"mode": "standard", "total_max_attempts": max_attempts},
        connect_timeout=connect_timeout,
        read_timeout=read_timeout,
        max_pool_connections=max_pool_connections,
        tcp_keepalive=True,
        s3={"addressing_style": "path"},
    )
    session = boto3.session.Session()
    return session.client(
        "s3",
        endpoint_url=settings.endpoint_url,
        region_name=settings.region,
        aws_access_key_id=settings.access_key_id,
        aws_secret_access_key=settings.secret_access_key,
        config=config,
    )
