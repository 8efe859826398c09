"""Edit ▸ Shop settings…: every declared setting with label and unit, checked on save."""

from __future__ import annotations

from gui_helpers import WindowFactory
from inventory_helpers import open_inventory, press_ok

from printshop_desktop.db.database import Database
from printshop_desktop.services import settings_store


def test_every_setting_is_shown_checked_and_saved(
    make_window: WindowFactory, demo_sqlite_db: Database
) -> None:
    window, _tab = open_inventory(make_window, demo_sqlite_db)
    window.inventory_menus.settings_action.trigger()
    dialog = window.inventory_menus.dialog
    form = dialog.ui.form
    labels = [
        form.itemAt(row, form.ItemRole.LabelRole).widget().text()
        for row in range(form.rowCount())
        if form.itemAt(row, form.ItemRole.LabelRole) is not None
    ]
    for setting in settings_store.ALL_SETTINGS:
        assert f"{setting.label}:" in labels
    assert set(dialog.editors) == {s.key for s in settings_store.ALL_SETTINGS}
    dialog.set_value("currency", "euro")
    dialog.set_value("energy_tariff_cents_per_kwh", "-3")
    press_ok(dialog)
    assert dialog.errors.message("currency") == "Currency must be like 'EUR'."
    with demo_sqlite_db.session() as session:
        assert settings_store.get(session, settings_store.CURRENCY) == "EUR"
    dialog.set_value("currency", "GBP")
    press_ok(dialog)
    assert "at least 0" in dialog.errors.message("energy_tariff_cents_per_kwh")
    assert not dialog.errors.message("currency")
    dialog.set_value("energy_tariff_cents_per_kwh", "27.5")
    dialog.set_value("label_format", "dymo_89x28")
    press_ok(dialog)
    assert not dialog.isVisible()
    with demo_sqlite_db.session() as session:
        assert settings_store.get(session, settings_store.CURRENCY) == "GBP"
        assert settings_store.get(session, settings_store.ENERGY_TARIFF) == 27.5
        assert settings_store.get(session, settings_store.LABEL_FORMAT) == "dymo_89x28"
    assert window.statusBar().currentMessage() == "Shop settings saved."
