"""The Catalog's dialogs through the real main window, on SQLite and PostgreSQL: designers,
models and variants are created, bad input is explained next to its field and saves nothing,
and an edit that crossed someone else's is caught with an offer to reload."""

from __future__ import annotations

from gui_catalog_helpers import press_save, select_model, shown_names
from gui_helpers import WindowFactory, show_shop

from printshop_desktop.db.database import Database
from printshop_desktop.gui.dialogs.licence_choices import CUSTOM
from printshop_desktop.gui.money import format_money
from printshop_desktop.services import catalog, catalog_edit, costing, inventory
from printshop_desktop.services.catalog import ModelInput, VariantInput


def _filament(database: Database) -> object:
    with database.session() as session:
        pla = inventory.FilamentInput(
            "Prusament", "PLA", "Galaxy Black", "#1B1B1F", price_per_kg_cents=2999
        )
        filament = inventory.create_filament(session, pla)
        inventory.open_spool(session, filament, 1000, price_cents=2500, from_unopened=False)
    return filament


def test_designer_model_and_variant_are_made_through_the_dialogs(
    make_window: WindowFactory, database: Database
) -> None:
    filament = _filament(database)
    window = make_window()
    show_shop(window, database)
    tab = window.catalog

    designers = tab.model_actions.open_designers()
    form = designers.new_designer()
    form.ui.nameEdit.setText("Loubie3D")
    form.ui.urlEdit.setText("https://www.printables.com/@Loubie")
    form.ui.notesEdit.setPlainText("Commercial tier since 2025")
    press_save(form)
    assert designers.model.rowCount() == 1
    assert designers.ui.designersTable.current_row().name == "Loubie3D"
    designers.reject()

    dialog = tab.model_actions.new_model()
    ui = dialog.ui
    ui.nameEdit.setText("Sleepy Fox")
    extra = dialog.new_designer()  # a designer added on the way is picked at once
    extra.ui.nameEdit.setText("Flexi Factory")
    press_save(extra)
    assert ui.designerCombo.currentText() == "Flexi Factory"
    assert ui.nameEdit.text() == "Sleepy Fox"  # the form keeps what was typed
    ui.designerCombo.setCurrentIndex(ui.designerCombo.findText("Loubie3D"))
    ui.categoryEdit.setText("Creatures / Cute")
    ui.tagsEdit.setText("fox, Autumn, fox")
    ui.licenceCombo.setCurrentIndex(ui.licenceCombo.findData("CC-BY-4.0"))
    assert ui.sellingCheck.isChecked()  # a licence that allows selling ticks the box
    ui.sourceUrlEdit.setText("https://www.printables.com/model/1")
    press_save(dialog)
    assert shown_names(window) == ["Sleepy Fox"]
    assert tab.current_model().name == "Sleepy Fox"
    assert tab.ui.licenceValue.text() == "CC-BY-4.0"
    with database.session() as session:
        (row,) = catalog.list_models(session)
        saved = catalog_edit.get_model(session, row.id).data
    assert (saved.category, saved.tags, saved.designer_id is not None) == (
        "Creatures/Cute",
        ("autumn", "fox"),
        True,
    )

    variant = tab.variants.new_variant()
    vui = variant.ui
    vui.nameEdit.setText("Small")
    vui.sizeEdit.setText("8 cm")
    vui.statusCombo.setCurrentIndex(vui.statusCombo.findData("active"))
    vui.hoursSpin.setValue(1)
    vui.minutesSpin.setValue(30)
    row = variant.tools.add_row()
    row.filament.setCurrentIndex(row.filament.findData(str(filament)))
    row.grams.setValue(40)
    vui.priceEdit.setText("12.50")
    vui.labourSpin.setValue(5)
    vui.packagingEdit.setText("0,35")
    assert not vui.licenceWarning.isVisibleTo(variant)
    press_save(variant)
    assert variant.shown_errors() == {}

    lines = tab.detail.variants.rows()
    assert [(v.name, v.price_cents, v.status) for v in lines] == [("Small", 1250, "active")]
    with database.session() as session:
        cost = costing.unit_cost(session, lines[0].id)
    shown = tab.ui.costPanel.value_texts()
    assert shown["total"] == format_money(cost.total_cents)
    assert shown["filament"] == format_money(cost.filament_cents) == "€1.00"  # 40 g at 2.5 c/g
    assert shown["packaging"] == "€0.35" and shown["price"] == "€12.50"
    assert shown["margin"] == format_money(1250 - cost.total_cents)


def test_bad_input_is_explained_next_to_the_field_and_saves_nothing(
    make_window: WindowFactory, database: Database
) -> None:
    with database.session() as session:
        model = catalog.create_model(session, ModelInput("Fox", licence_id="CC-BY-NC-4.0"))
    window = make_window()
    show_shop(window, database)
    tab = window.catalog

    dialog = tab.model_actions.new_model()
    dialog.ui.sourceUrlEdit.setText("www.thingiverse.com/thing:1")
    press_save(dialog)
    assert dialog.shown_errors() == {"nameError": "Name is required."}
    dialog.ui.nameEdit.setText("Cat")
    press_save(dialog)
    assert list(dialog.shown_errors()) == ["sourceUrlError"]
    assert "https://" in dialog.ui.sourceUrlError.text()
    dialog.ui.nameEdit.setText("fox")  # taken (names ignore case)
    dialog.ui.sourceUrlEdit.setText("")
    press_save(dialog)
    assert "exists already" in dialog.shown_errors()["nameError"]
    dialog.ui.licenceCombo.setCurrentIndex(dialog.ui.licenceCombo.findData(CUSTOM))
    dialog.ui.nameEdit.setText("Cat")
    press_save(dialog)
    assert list(dialog.shown_errors()) == ["licenceError"]
    dialog.reject()

    designer = tab.model_actions.open_designers().new_designer()
    designer.ui.nameEdit.setText("Flexi Factory")
    designer.ui.shopUrlEdit.setText("etsy.com/shop/flexi")
    press_save(designer)
    assert list(designer.shown_errors()) == ["shopUrlError"]
    designer.reject()

    select_model(window, "Fox")
    variant = tab.variants.new_variant()
    variant.ui.nameEdit.setText("Small")
    variant.ui.priceEdit.setText("12.345")
    assert variant.ui.licenceWarning.isVisibleTo(variant)  # priced, but NC: warned
    assert "does not allow selling" in variant.ui.licenceWarning.text()
    press_save(variant)
    assert variant.shown_errors() == {
        "priceError": "'12.345' is not an amount like 12.50 (two decimals at most)."
    }
    variant.ui.priceEdit.setText("12.34")
    variant.tools.add_row()  # no filament picked
    press_save(variant)
    assert list(variant.shown_errors()) == ["filamentNeedsError"]
    variant.reject()
    with database.session() as session:
        assert [r.name for r in catalog.list_models(session)] == ["Fox"]
        assert catalog.list_designers(session) == []
        assert catalog.list_variants(session, model) == []


def test_an_edit_crossing_another_is_caught_and_can_be_reloaded(
    make_window: WindowFactory, database: Database
) -> None:
    with database.session() as session:
        model = catalog.create_model(session, ModelInput("Fox", licence_id="CC0-1.0"))
        variant = catalog.create_variant(session, VariantInput(model, "Small", price_cents=900))
    window = make_window()
    show_shop(window, database)
    tab = window.catalog
    select_model(window, "Fox")
    dialog = tab.model_actions.edit_model()
    assert dialog.ui.nameEdit.text() == "Fox"
    editing = tab.variants.edit_variant()
    assert editing.ui.priceEdit.text() == "9.00"
    with database.session() as session:  # meanwhile, on another PC
        catalog.update_model(session, model, ModelInput("Sleepy Fox", notes="theirs"))
        catalog_edit.update_variant(session, variant, VariantInput(model, "S", price_cents=950))

    dialog.ui.notesEdit.setPlainText("mine")
    press_save(dialog)
    assert dialog.conflict_box.isVisibleTo(dialog)
    assert "changed this model on another PC" in dialog.ui.conflictLabel.text()
    assert dialog.isVisible()
    dialog.ui.reloadButton.click()
    assert not dialog.conflict_box.isVisibleTo(dialog)
    assert (dialog.ui.nameEdit.text(), dialog.ui.notesEdit.toPlainText()) == (
        "Sleepy Fox",
        "theirs",
    )
    dialog.ui.notesEdit.setPlainText("theirs and mine")
    press_save(dialog)
    assert not dialog.isVisible()

    editing.ui.priceEdit.setText("10.00")
    press_save(editing)
    assert "changed this variant" in editing.ui.conflictLabel.text()
    editing.ui.reloadButton.click()
    assert editing.ui.priceEdit.text() == "9.50"
    editing.reject()
    with database.session() as session:
        detail = catalog_edit.get_model(session, model)
        assert (detail.data.name, detail.data.notes) == ("Sleepy Fox", "theirs and mine")
        assert catalog_edit.get_variant(session, variant).data.price_cents == 950
