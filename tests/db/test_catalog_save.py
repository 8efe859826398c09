"""Saving the Catalog's dialogs: refusals named by field, concurrent edits passed through."""

from __future__ import annotations

import pytest

from printshop_desktop.services import catalog, catalog_edit, catalog_save, inventory
from printshop_desktop.services.catalog import ModelInput, VariantInput
from printshop_desktop.services.catalog_save import DesignerInput
from printshop_desktop.services.concurrency import ConcurrentEdit
from printshop_desktop.services.errors import ValidationFailed


def _field(call) -> str:
    with pytest.raises(ValidationFailed) as caught:
        call()
    return caught.value.field


def test_designers_are_created_and_updated_with_checked_links(database) -> None:
    with database.session() as session:
        first = catalog_save.save_designer(
            session, DesignerInput("Loubie3D", "https://printables.com/@Loubie", notes="NC")
        )
        assert _field(lambda: catalog_save.save_designer(session, DesignerInput(" "))) == "name"
        bad_url = DesignerInput("X", url="printables.com/@x")
        assert _field(lambda: catalog_save.save_designer(session, bad_url)) == "url"
        bad_shop = DesignerInput("X", shop_url="ftp://shop")
        assert _field(lambda: catalog_save.save_designer(session, bad_shop)) == "shop_url"
        taken = DesignerInput("loubie3d")
        assert _field(lambda: catalog_save.save_designer(session, taken)) == "name"
    with database.session() as session:
        detail = catalog_edit.get_designer(session, first)
        catalog_save.save_designer(
            session,
            DesignerInput("Loubie", detail.url, "https://etsy.com/shop/loubie", "ok"),
            first,
            expected_version=detail.version,
        )
    with database.session() as session:
        saved = catalog_edit.get_designer(session, first)
        assert (saved.name, saved.shop_url, saved.notes) == (
            "Loubie",
            "https://etsy.com/shop/loubie",
            "ok",
        )
        with pytest.raises(ConcurrentEdit):
            catalog_save.save_designer(
                session, DesignerInput("Loubie 2"), first, expected_version=detail.version
            )


def test_models_and_variants_name_the_field_at_fault(database) -> None:
    with database.session() as session:
        red = inventory.create_filament(session, inventory.FilamentInput("Acme", "PLA", "Red"))
        model = catalog_save.save_model(session, ModelInput("Fox", licence_id="CC-BY-4.0"))
        assert _field(lambda: catalog_save.save_model(session, ModelInput("fox"))) == "name"
        bad = ModelInput("Cat", source_url="www.example.com")
        assert _field(lambda: catalog_save.save_model(session, bad)) == "source_url"
        assert _field(lambda: catalog_save.save_model(session, ModelInput(""))) == "name"
        from datetime import date

        until = ModelInput("Cat", selling_allowed_until=date(2027, 1, 1))
        assert _field(lambda: catalog_save.save_model(session, until)) == "selling_allowed_until"
        variant = catalog_save.save_variant(session, VariantInput(model, "Small"))
        twice = VariantInput(model, "Big", filament_needs=((0, red, 5.0), (0, red, 6.0)))
        assert _field(lambda: catalog_save.save_variant(session, twice)) == "filament_needs"
        zero = VariantInput(model, "Big", filament_needs=((0, red, 0.0),))
        assert _field(lambda: catalog_save.save_variant(session, zero)) == "filament_needs"
        clash = VariantInput(model, "Small")
        assert _field(lambda: catalog_save.save_variant(session, clash)) == "name"
    with database.session() as session:
        detail = catalog_edit.get_model(session, model)
        catalog_save.save_model(
            session, ModelInput("Fox", notes="new"), model, expected_version=detail.version
        )
        v = catalog_edit.get_variant(session, variant)
        catalog_save.save_variant(
            session,
            VariantInput(model, "Small", price_cents=950, filament_needs=((1, red, 12.5),)),
            variant,
            expected_version=v.version,
        )
    with database.session() as session:
        assert catalog_edit.get_model(session, model).data.notes == "new"
        assert catalog_edit.get_variant(session, variant).data.filament_needs == ((1, red, 12.5),)
        with pytest.raises(ConcurrentEdit):
            catalog_save.save_model(
                session, ModelInput("Fox 2"), model, expected_version=detail.version
            )
        assert [r.name for r in catalog.list_models(session)] == ["Fox"]
