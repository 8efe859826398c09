"""Browsing rows of the Catalog: expiry, variant statuses and prices, file names and covers."""

from __future__ import annotations

import struct
from datetime import date
from pathlib import Path

from printshop_desktop.db.enums import VariantStatus
from printshop_desktop.services import catalog, catalog_browse, library, model_files
from printshop_desktop.services.catalog import ModelInput, ModelRow, VariantInput
from printshop_desktop.storage import LocalFolderStore, sha256_file


def _stl(path: Path) -> Path:
    triangle = struct.pack("<12fH", 0, 0, 1, 0, 0, 0, 10, 0, 0, 0, 20, 5, 0)
    path.write_bytes(b"test".ljust(80) + struct.pack("<I", 1) + triangle)
    return path


def test_rows_carry_expiry_statuses_prices_files_and_cover(database, tmp_path: Path) -> None:
    store = LocalFolderStore(tmp_path / "store")
    with database.session() as session:
        dragon = catalog.create_model(
            session,
            ModelInput("Dragon", selling_allowed=True, selling_allowed_until=date(2026, 1, 31)),
        )
        bare = catalog.create_model(session, ModelInput("Bare"))
        for name, status, price in (("S", VariantStatus.ACTIVE, 900), ("L", "retired", 1500)):
            catalog.create_variant(
                session, VariantInput(dragon, name, status=VariantStatus(status), price_cents=price)
            )
        catalog.create_variant(session, VariantInput(dragon, "Free", price_cents=0))
        notes = tmp_path / "notes.txt"
        notes.write_text("print at 0.2")
        for path in (_stl(tmp_path / "dragon.stl"), notes):
            added = library.add_file(session, store, path)
            model_files.attach_file(session, dragon, added.file.id)
        catalog.archive_model(session, bare)
    with database.session() as session:
        rows = {row.name: row for row in catalog_browse.list_catalog(session)}
        live = {row.name for row in catalog_browse.list_catalog(session, include_archived=False)}
    assert live == {"Dragon"}
    row, empty = rows["Dragon"], rows["Bare"]
    assert isinstance(row, ModelRow)
    assert row.selling_until == date(2026, 1, 31)
    assert row.selling_expired(date(2026, 2, 1)) and not row.selling_expired(date(2026, 1, 31))
    assert row.statuses == ("active", "draft", "retired")
    assert row.price_range == (900, 1500)
    assert sorted(row.file_names) == ["dragon.stl", "notes.txt"]
    assert row.cover_sha256 == sha256_file(tmp_path / "dragon.stl")[0]
    assert empty.archived and empty.statuses == () and empty.cover_sha256 is None
    assert empty.price_range is None and empty.file_names == ()
