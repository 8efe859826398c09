"""Spoolman (JSON and CSV exports, API JSON) and SpoolmanDB files import filaments and spools."""

from __future__ import annotations

from pathlib import Path

import pytest

from printshop_desktop.services import inventory, inventory_edit, ledger, spoolman
from printshop_desktop.services.csv_format import ImportRefused

FIXTURES = Path(__file__).parent / "fixtures"


def _import(database, name: str) -> spoolman.SpoolmanPreview:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    with database.session() as session:
        preview = spoolman.parse(session, text)
        assert preview.errors == []
        spoolman.apply(session, preview)
    return preview


@pytest.mark.parametrize("name", ["spoolman_spools.json", "spoolman_spools.csv"])
def test_spoolman_export_brings_filaments_spools_and_remaining_grams(database, name) -> None:
    preview = _import(database, name)
    assert preview.source == "spools"
    with database.session() as session:
        filaments = {f.colour_name: f for f in inventory.list_filaments(session)}
        assert set(filaments) == {"Galaxy Black", "Signal Orange"}
        black = filaments["Galaxy Black"]
        assert (black.brand, black.material, black.colour_hex) == ("Prusament", "PLA", "#1A1A1A")
        assert black.price_per_kg_cents == 2999
        assert filaments["Signal Orange"].colour_hex == "#FF8000"
        spools = {
            s.lot or s.location: s
            for s in inventory_edit.list_spools(session, include_archived=True)
        }
        first = spools["PM-2024-031"]
        assert (first.remaining_g, first.tare_g, first.price_cents) == (587, 201, 2750)
        assert (first.location, first.opened_at.isoformat()) == (
            "Shelf A",
            "2024-03-05T18:40:12+00:00",
        )
        assert spools["workshop"].remaining_g == 1000  # no initial weight: the filament's
        assert spools["Bin 3"].archived and spools["Bin 3"].remaining_g == 0
        movements = sum(1 for _ in ledger.spool_remaining(session))
    with database.session() as session:  # again: nothing new, no second ledger entry
        again = spoolman.parse(session, (FIXTURES / name).read_text(encoding="utf-8"))
        assert {row.action for row in again.spools.rows} == {"unchanged"}
        spoolman.apply(session, again)
        assert len(inventory_edit.list_spools(session, include_archived=True)) == 3
        assert sum(1 for _ in ledger.spool_remaining(session)) == movements
        assert ledger.filament_on_hand(session)[black.id] == (1587, 0)


def test_spoolman_api_json_with_nested_objects(database) -> None:
    _import(database, "spoolman_api_spool.json")
    with database.session() as session:
        (spool,) = inventory_edit.list_spools(session)
        assert (spool.filament, spool.remaining_g, spool.tare_g) == (
            "Bambu Lab PLA Matte Ivory 1.75mm",
            640,
            250,
        )
        assert spool.location == "AMS 1"


def test_spoolmandb_manufacturer_file_gives_one_filament_per_colour_and_diameter(database) -> None:
    preview = _import(database, "spoolmandb_prusament.json")
    assert preview.source == "spoolmandb"
    with database.session() as session:
        names = sorted(
            (f.colour_name, f.diameter_mm, f.colour_hex) for f in inventory.list_filaments(session)
        )
    assert names == [
        ("Anthracite", 1.75, "#3F4647"),
        ("Anthracite", 2.85, "#3F4647"),
        ("Urban Grey", 1.75, "#8A8D8F"),
        ("Urban Grey", 2.85, "#8A8D8F"),
    ]


def test_a_bad_record_is_reported_by_line_and_nothing_is_imported(database) -> None:
    lines = (FIXTURES / "spoolman_spools.csv").read_text(encoding="utf-8").splitlines()
    header = lines[0].split(",")
    cells = lines[2].split(",")
    cells[header.index("filament.material")] = ""
    text = "\n".join([lines[0], lines[1], ",".join(cells), lines[3]]) + "\n"
    with database.session() as session:
        preview = spoolman.parse(session, text)
        assert {e.line for e in preview.errors} == {3}
        with pytest.raises(ImportRefused, match="line 3"):
            spoolman.apply(session, preview)
    with database.session() as session:
        assert inventory.list_filaments(session) == []
