"""The export, import and labels commands, end to end on an SQLite file."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from printshop_desktop.cli.main import main

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def shop(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PRINTSHOP_DATABASE_URL", f"sqlite:///{tmp_path / 'shop.db'}")
    assert main(["demo-data"]) == 0
    return tmp_path


def test_export_files_have_the_promised_columns(shop: Path) -> None:
    assert main(["export", "products", "-o", str(shop / "p.csv")]) == 0
    assert main(["export", "movements", "-o", str(shop / "m.csv")]) == 0
    products = list(csv.DictReader((shop / "p.csv").open()))
    movements = list(csv.DictReader((shop / "m.csv").open()))
    assert {"sku", "on_hand"} <= set(products[0])
    assert {"id", "sku", "quantity", "reason", "occurred_at"} <= set(movements[0])
    assert all(m["occurred_at"].endswith("Z") for m in movements)
    assert any(m["sku"] == "" and m["filament"] for m in movements)  # filament: empty SKU
    for entity in ("shopping-list", "pos", "designers", "spools"):
        assert main(["export", entity, "-o", str(shop / f"{entity}.csv")]) == 0


def test_import_prints_bad_rows_and_imports_nothing(
    shop: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = shop / "products.csv"
    bad.write_text("sku,name,price\nNEW-1,New,1.00\n,Nameless,2.00\n")
    assert main(["import", "csv", str(bad), "--yes"]) == 1
    assert "line 3 (sku)" in capsys.readouterr().err
    assert main(["export", "products", "-o", str(shop / "after.csv")]) == 0
    assert "NEW-1" not in (shop / "after.csv").read_text()
    assert main(["import", "csv", str(bad), "--yes", "--skip-bad"]) == 0
    assert main(["export", "products", "-o", str(shop / "after.csv")]) == 0
    assert "NEW-1" in (shop / "after.csv").read_text()


def test_spoolman_import_and_labels(shop: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = str(FIXTURES / "spoolman_spools.json")
    assert main(["import", "spoolman", source]) == 1  # no terminal, no --yes: nothing
    assert main(["import", "spoolman", source, "--yes"]) == 0
    assert "spools: 3 new" in capsys.readouterr().out
    assert main(["labels", "spools", "-o", str(shop / "spools.pdf")]) == 0
    assert (shop / "spools.pdf").read_bytes().startswith(b"%PDF")
