"""Variant lines: tools, sliced-file summary and the same unit cost as the costing service."""

from __future__ import annotations

from printshop_desktop.db.files import FileObject, SlicedFile
from printshop_desktop.services import catalog, costing, inventory, variant_costs
from printshop_desktop.services.catalog import ModelInput, VariantInput, VariantRow


def test_lines_show_tools_sliced_file_and_costing_figures(database) -> None:
    with database.session() as session:
        red = inventory.create_filament(
            session,
            inventory.FilamentInput("Acme", "PLA", "Red", "#C8102E", price_per_kg_cents=2000),
        )
        model = catalog.create_model(session, ModelInput("Fox"))
        small = catalog.create_variant(
            session,
            VariantInput(
                model,
                "Small",
                size_scale="8 cm",
                colourway="Red",
                price_cents=1200,
                filament_needs=((0, red, 40.0),),
                labour_minutes=6,
                packaging_cents=35,
            ),
        )
        catalog.create_variant(session, VariantInput(model, "Large", price_cents=2500))
        obj = FileObject(
            sha256="a" * 64,
            size_bytes=10,
            media_type="text/x.gcode",
            original_name="fox.gcode",
            store="test",
        )
        session.add(obj)
        session.flush()
        session.add(
            SlicedFile(
                variant_id=small,
                version=2,
                file_object_id=obj.id,
                slicer="PrusaSlicer",
                slicer_version="2.8.1",
                layer_height_mm=0.2,
                nozzle_mm=0.4,
                print_time_s=5400,
            )
        )
    with database.session() as session:
        lines = {line.name: line for line in variant_costs.list_variant_lines(session, model)}
        expected = costing.unit_cost(session, small)
        assert variant_costs.list_variant_lines(session, red) == []  # no such model: nothing
    line = lines["Small"]
    assert isinstance(line, VariantRow)
    assert (line.size_scale, line.colourway, line.status) == ("8 cm", "Red", "draft")
    assert [(t.tool, t.label, t.colour_hex, t.grams) for t in line.tools] == [
        (0, "Acme PLA Red", "#C8102E", 40.0)
    ]
    assert line.print_time_s == 5400  # from the sliced file
    assert line.sliced is not None and line.sliced.text() == (
        "v2 · fox.gcode · PrusaSlicer 2.8.1 · 0.2 mm layers · 0.4 mm nozzle"
    )
    assert line.cost == expected
    assert line.cost.total_cents > 0 and line.cost.price_cents == 1200
    assert lines["Large"].tools == () and lines["Large"].sliced is None
    assert lines["Large"].print_time_s is None
