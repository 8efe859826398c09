"""Upload throughput: S3Store multipart vs boto3's own transfer manager, on a loopback moto.

Generates a 200 MiB file in a temp folder, starts a moto S3 server on 127.0.0.1 and times,
in the same process and with the same client settings:

* baseline: ``client.upload_file`` (boto3 TransferConfig defaults: 8 MiB parts, 10 threads);
* ``S3Store.put(path)``: our path from scratch — sha256 of the file, then a multipart upload
  with SHA-256 checksums per part, then HeadObject to confirm;
* ``S3Store.put(path, sha256)``: the same with the hash already known (as when the catalog
  already has it), i.e. the transfer alone.

Each runs into a fresh bucket (content-addressed stores skip bytes they already hold); the
median of ``--repeat`` runs is printed in MB/s (10^6 bytes) with the ratio to the baseline.
Loopback has no network latency, so this measures client overhead, not Wi-Fi.

    .venv/bin/python benchmarks/bench_upload.py [--size-mib 200] [--repeat 3]
        [--server thread|subprocess]
"""

from __future__ import annotations

import argparse
import logging
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from printshop_desktop.storage import S3Settings, S3Store, sha256_file
from printshop_desktop.storage.s3client import make_client

MiB = 1024 * 1024


@contextmanager
def moto_server(mode: str) -> Iterator[str]:
    """A moto S3 server on loopback: a thread of this process, or a child process."""
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    if mode == "thread":
        from moto.server import ThreadedMotoServer

        server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
        server.start()
        host, port = server.get_host_and_port()
        try:
            yield f"http://{host}:{port}"
        finally:
            server.stop()
        return
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    child = subprocess.Popen(
        [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.1)
        yield f"http://127.0.0.1:{port}"
    finally:
        child.terminate()
        child.wait(timeout=10)


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size-mib", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--server", choices=["thread", "subprocess"], default="thread")
    args = parser.parse_args()
    size = args.size_mib * MiB

    with (
        tempfile.TemporaryDirectory(prefix="bench-upload-") as tmp,
        moto_server(args.server) as endpoint,
    ):
        path = Path(tmp) / "model.3mf"
        path.write_bytes(os.urandom(size))
        sha = sha256_file(path)[0]
        admin = make_client(S3Settings(endpoint, "admin", "bench", "bench", "us-east-1"))

        def fresh_bucket() -> S3Settings:
            name = f"bench-{uuid.uuid4().hex[:12]}"
            admin.create_bucket(Bucket=name)
            return S3Settings(endpoint, name, "bench", "bench")

        def empty(settings: S3Settings) -> None:
            for page in admin.get_paginator("list_objects_v2").paginate(Bucket=settings.bucket):
                for item in page.get("Contents", []):
                    admin.delete_object(Bucket=settings.bucket, Key=item["Key"])

        def baseline() -> float:
            settings = fresh_bucket()
            client = make_client(settings)
            seconds = timed(lambda: client.upload_file(str(path), settings.bucket, "baseline"))
            empty(settings)
            return seconds

        def ours(known_sha: bool) -> float:
            settings = fresh_bucket()
            store = S3Store(settings, journal_dir=Path(tmp) / "journal", workers=args.workers)
            result: list[Any] = []
            seconds = timed(lambda: result.append(store.put(path, sha if known_sha else None)))
            assert result[0].sha256 == sha and result[0].size == size
            empty(settings)
            return seconds

        runs: dict[str, list[float]] = {"baseline": [], "store": [], "store_known": []}
        for _ in range(args.repeat):
            runs["baseline"].append(baseline())
            runs["store"].append(ours(known_sha=False))
            runs["store_known"].append(ours(known_sha=True))
        hash_seconds = statistics.median(timed(lambda: sha256_file(path)) for _ in range(3))

    def mbps(seconds: float) -> float:
        return size / seconds / 1e6

    base = statistics.median(runs["baseline"])
    print(f"file: {args.size_mib} MiB, server: moto ({args.server}), repeat: {args.repeat}")
    print(f"sha256 of the file alone:            {mbps(hash_seconds):8.1f} MB/s")
    print(f"baseline client.upload_file:         {mbps(base):8.1f} MB/s  ({base:.2f} s)")
    for label, key in (
        ("S3Store.put (hash + upload + check):", "store"),
        ("S3Store.put with sha256 given:      ", "store_known"),
    ):
        seconds = statistics.median(runs[key])
        print(
            f"{label} {mbps(seconds):8.1f} MB/s  ({seconds:.2f} s)  "
            f"ratio to baseline {base / seconds:.2f}x"
        )


if __name__ == "__main__":
    main()
