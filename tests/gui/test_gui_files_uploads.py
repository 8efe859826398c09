"""The Uploads panel: its table model, a real upload to moto S3 on loopback, cancel, outbox."""

from __future__ import annotations

import logging
import random
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import boto3
import pytest
from gui_files_helpers import box_stl
from gui_helpers import WindowFactory, show_shop
from moto.server import ThreadedMotoServer
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from printshop_desktop.db.database import Database
from printshop_desktop.gui.files.upload_item import UploadItem, UploadStatus
from printshop_desktop.gui.files.uploads_model import UploadsTableModel
from printshop_desktop.services import library
from printshop_desktop.storage import (
    LocalFolderStore,
    ObjectStore,
    OutboxStore,
    S3Settings,
    S3Store,
    StoreUnavailable,
)

MiB = 1024 * 1024
WAIT_MS = 20_000


@pytest.fixture(scope="module")
def moto_endpoint() -> Iterator[str]:
    """A moto S3 server on loopback for this module."""
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


@pytest.fixture
def s3(moto_endpoint: str, tmp_path: Path) -> S3Store:
    """A store on a fresh bucket, 5 MiB parts so a 20 MiB file goes multipart."""
    bucket = f"gui-{uuid.uuid4().hex[:12]}"
    boto3.client(
        "s3",
        endpoint_url=moto_endpoint,
        region_name="us-east-1",
        aws_access_key_id="x",
        aws_secret_access_key="x",
    ).create_bucket(Bucket=bucket)
    settings = S3Settings(moto_endpoint, bucket, "AKIATEST", "secret-never-shown", "auto")
    return S3Store(
        settings,
        journal_dir=tmp_path / "journal",
        part_size=5 * MiB,
        multipart_threshold=5 * MiB,
        workers=2,
    )


def random_file(path: Path, size: int) -> Path:
    path.write_bytes(random.Random(path.name).randbytes(size))
    return path


def test_uploads_model_passes_the_model_tester(qtmodeltester: ModelTester, tmp_path) -> None:
    model = UploadsTableModel()
    qtmodeltester.check(model)
    for number in range(3):
        item = UploadItem(tmp_path / f"f{number}", f"file {number}.stl", "0" * 64, 1000, "here")
        item.progress(250 * number, 1000)
        model.add_item(item)
    model.item_at(2).set_status(UploadStatus.FAILED, "The bucket refused the key.")
    model.refresh()
    qtmodeltester.check(model)
    assert model.index(1, UploadsTableModel.PROGRESS).data() == "25 %"
    assert model.index(2, UploadsTableModel.STATUS).data() == "Failed"
    model.stop()


def test_upload_to_s3_shows_progress_to_100_and_can_be_cancelled(
    make_window: WindowFactory,
    demo_sqlite_db: Database,
    qtbot: QtBot,
    s3: S3Store,
    tmp_path: Path,
) -> None:
    window = make_window()
    show_shop(window, demo_sqlite_db)
    slow_parts(s3, seconds=0.2)
    panel = window.files.panel
    manager = window.files.uploads
    big = random_file(tmp_path / "big print.3mf", 20 * MiB)
    item = manager.enqueue(s3, big, big.name, library.sha256_file(big)[0], 20 * MiB)
    assert window.files.dock.isVisible()
    seen: list[float] = []
    qtbot.waitUntil(
        lambda: seen.append(panel.model.row_at(0).fraction) or item.status is UploadStatus.DONE,
        timeout=WAIT_MS,
    )
    panel.model.refresh()
    assert panel.model.index(0, UploadsTableModel.PROGRESS).data() == "100 %"
    assert seen == sorted(seen) and len(set(seen)) > 0
    assert s3.exists(item.sha256)

    other = random_file(tmp_path / "other.3mf", 20 * MiB)
    second = manager.enqueue(s3, other, other.name, library.sha256_file(other)[0], 20 * MiB)
    qtbot.waitUntil(lambda: second.snapshot().done > 0, timeout=WAIT_MS)
    panel.select_row(1)
    assert panel.ui.cancelButton.isEnabled()
    panel.ui.cancelButton.click()
    qtbot.waitUntil(lambda: second.status is UploadStatus.CANCELLED, timeout=WAIT_MS)
    panel.model.refresh()
    assert panel.model.index(1, UploadsTableModel.STATUS).data() == "Cancelled"
    assert not s3.exists(second.sha256)
    assert s3.client.list_multipart_uploads(Bucket=s3_bucket(s3)).get("Uploads", []) == []
    assert panel.ui.retryButton.isEnabled()


def slow_parts(store: S3Store, seconds: float) -> None:
    """Make each part take a moment, as on a real network, so a cancel lands mid-upload."""

    def pause(**_: Any) -> None:
        time.sleep(seconds)

    store.client.meta.events.register("before-call.s3.UploadPart", pause)


def s3_bucket(store: S3Store) -> str:
    return store.describe().split()[2]


class FlakyRemote(LocalFolderStore):
    """A remote that can be switched off, as when the workshop Wi-Fi drops."""

    reachable = False

    def _require(self) -> None:
        if not self.reachable:
            raise StoreUnavailable("The bucket cannot be reached.")

    def put(self, *args: Any, **kwargs: Any) -> Any:
        self._require()
        return super().put(*args, **kwargs)

    def check(self) -> None:
        self._require()
        super().check()


def test_offline_files_wait_in_the_outbox_and_go_up_by_themselves(
    make_window: WindowFactory, demo_database: Database, qtbot: QtBot, tmp_path: Path
) -> None:
    from gui_files_helpers import drop

    window = make_window()
    show_shop(window, demo_database)
    remote = FlakyRemote(tmp_path / "remote")
    store: ObjectStore = OutboxStore(remote, LocalFolderStore(tmp_path / "outbox"))
    window.files.file_store.use(store)
    table = window.tabs[0].tables()[0]
    drop(table.view, [box_stl(tmp_path / "offline box.stl")], row=0)
    qtbot.waitUntil(lambda: bool(window.files.jobs) and window.files.jobs[-1].done, timeout=WAIT_MS)
    assert window.files.jobs[-1].report.added == [
        "offline box.stl: kept locally until the storage is reachable"
    ]
    status = window.status.outbox_label
    qtbot.waitUntil(lambda: status.isVisible(), timeout=WAIT_MS)
    assert status.text() == "⇡ 1 file waits to upload"
    remote.reachable = True
    window.files.watcher.check_now()
    qtbot.waitUntil(lambda: not status.isVisible(), timeout=WAIT_MS)
    with demo_database.session() as session:
        (row,) = [f for f in library.list_files(session) if f.original_name == "offline box.stl"]
    assert row.state == "stored"
    assert len(list(remote.list())) == 1
