"""A concurrent edit from another PC is refused with ConcurrentEdit, never silently applied."""

from __future__ import annotations

import dataclasses

import pytest

from printshop_desktop.db.catalog import Design
from printshop_desktop.services import catalog, catalog_edit, inventory, inventory_edit
from printshop_desktop.services.concurrency import ConcurrentEdit


def test_second_of_two_overlapping_edits_raises(database) -> None:
    with database.session() as session:
        model_id = catalog.create_model(session, catalog.ModelInput(name="Sleepy Fox"))
    first = database.sessions()
    second = database.sessions()
    try:
        # Both PCs hold the row as loaded (version 1) while they edit it.
        loaded = (first.get(Design, model_id), second.get(Design, model_id))
        assert [m.version_id for m in loaded if m is not None] == [1, 1]
        catalog.update_model(first, model_id, catalog.ModelInput(name="Sleepy Fox XL"))
        first.commit()
        with pytest.raises(ConcurrentEdit, match="another PC"):
            catalog.update_model(second, model_id, catalog.ModelInput(name="Sleepy Fox S"))
        second.rollback()
    finally:
        first.close()
        second.close()
    with database.session() as session:
        assert catalog_edit.get_model(session, model_id).data.name == "Sleepy Fox XL"


def test_dialog_saving_a_stale_copy_is_refused(database) -> None:
    with database.session() as session:
        fid = inventory.create_filament(
            session, inventory.FilamentInput("Prusament", "PLA", "Galaxy Black")
        )
    with database.session() as session:
        shown = inventory_edit.get_filament(session, fid)
    assert shown.version == 1
    with database.session() as session:  # another PC saves first
        theirs = dataclasses.replace(shown.data, reorder_level_g=500)
        inventory_edit.update_filament(session, fid, theirs, expected_version=shown.version)
    mine = dataclasses.replace(shown.data, price_per_kg_cents=2999)
    with pytest.raises(ConcurrentEdit), database.session() as session:
        inventory_edit.update_filament(session, fid, mine, expected_version=shown.version)
    with database.session() as session:
        assert inventory_edit.get_filament(session, fid).version == 2


@pytest.mark.parametrize("what", ["designer", "variant", "product", "spool"])
def test_every_editable_row_counts_its_versions(database, what: str) -> None:
    with database.session() as session:
        designer = catalog.create_designer(session, "Loubie3D")
        model_id = catalog.create_model(session, catalog.ModelInput(name="Cat"))
        variant = catalog.create_variant(session, catalog.VariantInput(model_id, "Std"))
        product = inventory.create_product(session, inventory.ProductInput("CAT-1", "Cat"))
        fid = inventory.create_filament(session, inventory.FilamentInput("X", "PLA", "Red"))
        spool = inventory.open_spool(session, fid, 1000, from_unopened=False)
    edits = {
        "designer": lambda s, v: catalog_edit.update_designer(
            s, designer, "Loubie", expected_version=v
        ),
        "variant": lambda s, v: catalog_edit.update_variant(
            s, variant, catalog.VariantInput(model_id, "Big"), expected_version=v
        ),
        "product": lambda s, v: inventory_edit.update_product(
            s, product, inventory.ProductInput("CAT-2", "Cat"), expected_version=v
        ),
        "spool": lambda s, v: inventory_edit.update_spool(
            s, spool, inventory_edit.SpoolInput("storage"), expected_version=v
        ),
    }
    with database.session() as session:
        edits[what](session, 1)
    with pytest.raises(ConcurrentEdit), database.session() as session:
        edits[what](session, 1)
    with database.session() as session:
        edits[what](session, 2)
