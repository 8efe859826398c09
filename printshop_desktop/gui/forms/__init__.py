"""Forms compiled from ``ui/*.ui`` by ``ui/build_forms.py``. Do not edit; edit the ``.ui``."""
