"""File ▸ Storage settings…: test connection, named errors, and no secret ever in storage.json."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator
from pathlib import Path

import boto3
import pytest
from gui_helpers import WindowFactory
from moto.server import ThreadedMotoServer
from pytestqt.qtbot import QtBot

from printshop_desktop import store_config
from printshop_desktop.gui.files.storage_dialog import StorageDialog
from printshop_desktop.storage import LocalFolderStore, OutboxStore

SECRET = "Sup3r/Secret+ThatMustNeverBeWritten"
WAIT_MS = 15_000


@pytest.fixture(scope="module")
def moto_endpoint() -> Iterator[str]:
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


def open_dialog(window, qtbot: QtBot) -> StorageDialog:
    action = window.files.storage_action
    assert action in window.ui.menuFile.actions()
    action.trigger()
    dialog = window.files.dialog
    assert isinstance(dialog, StorageDialog)
    qtbot.waitExposed(dialog)
    return dialog


def test_bucket_settings_test_and_save_without_writing_the_secret(
    make_window: WindowFactory, qtbot: QtBot, moto_endpoint: str
) -> None:
    bucket = f"shop-{uuid.uuid4().hex[:10]}"
    boto3.client(
        "s3",
        endpoint_url=moto_endpoint,
        region_name="us-east-1",
        aws_access_key_id="x",
        aws_secret_access_key="x",
    ).create_bucket(Bucket=bucket)
    window = make_window()
    dialog = open_dialog(window, qtbot)
    assert dialog.ui.localRadio.isChecked() and not dialog.ui.s3Box.isEnabled()
    assert "no keyring" in dialog.ui.keyringLabel.text()
    dialog.ui.s3Radio.setChecked(True)
    dialog.ui.endpointEdit.setText(moto_endpoint)
    dialog.ui.bucketEdit.setText("no-such-bucket-here")
    dialog.ui.keyIdEdit.setText("AKIAGUITEST")
    dialog.ui.secretEdit.setText(SECRET)
    dialog.ui.testButton.click()
    qtbot.waitUntil(lambda: dialog.ui.testButton.isEnabled(), timeout=WAIT_MS)
    assert "does not exist" in dialog.result_text()
    assert SECRET not in dialog.ui.resultLabel.text()

    dialog.ui.bucketEdit.setText(bucket)
    dialog.ui.testButton.click()
    qtbot.waitUntil(lambda: dialog.ui.testButton.isEnabled(), timeout=WAIT_MS)
    assert dialog.result_text().startswith(f"Connected: S3 bucket {bucket}")

    dialog.ui.buttonBox.accepted.emit()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    saved = store_config.choice_path().read_text(encoding="utf-8")
    assert bucket in saved and SECRET not in saved and "AKIAGUITEST" not in saved
    assert "session only" in window.banner.ui.titleLabel.text()
    qtbot.waitUntil(lambda: isinstance(window.files.file_store.store, OutboxStore), timeout=WAIT_MS)
    assert bucket in window.files.file_store.description


def test_local_folder_is_tested_and_chosen(
    make_window: WindowFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    window = make_window()
    dialog = open_dialog(window, qtbot)
    dialog.ui.folderEdit.setText(str(tmp_path / "nas" / "files"))
    dialog.ui.testButton.click()
    qtbot.waitUntil(lambda: dialog.ui.testButton.isEnabled(), timeout=WAIT_MS)
    assert dialog.result_text().startswith("Connected: Local folder")
    dialog.ui.buttonBox.accepted.emit()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    store = window.files.file_store.store
    assert isinstance(store, LocalFolderStore) and store.root == tmp_path / "nas" / "files"
