"""The Qt desktop shell: main window, tabs, table models, dialogs and background workers.

Only this package imports Qt. How the pieces fit, for the next person:

- **Layouts** come from Designer forms in ``ui/*.ui``; run ``python ui/build_forms.py`` after
  editing one and commit the compiled ``forms/ui_*.py`` too (a test compares them). A widget
  composes its form: ``self.ui = Ui_X(); self.ui.setupUi(self)``. Reusable widgets placed in
  forms (promoted widgets) live in :mod:`.widgets`.
- **Background work** goes through :class:`.runner.Runner`:
  ``runner.run(fn, on_done, on_error, lane=...)``. Database work uses
  :meth:`.context.ShopContext.query`, which runs ``fn(session)`` in the serial database lane;
  anything else (files, network) uses ``Lane.BACKGROUND``. Tests pass an ``InlineRunner``.
- **A table** is a :class:`.table_model.RowTableModel` subclass (column constants, ``headers``,
  ``display``/``sort_value``) over frozen row dataclasses from the services, shown in a
  :class:`.widgets.filtered_table.FilteredTable` (a filter box over a table sorted and filtered
  by :class:`.sort_proxy.SortFilterProxy`).
- **A tab** subclasses :class:`.tabs.base_tab.BaseTab` (or :class:`.tabs.table_tab.TableTab` for
  one table), gets a :class:`.context.ShopContext` and never reaches into the window; add it to
  ``MainWindow`` and give it a View menu action in ``ui/main_window.ui``.
- **Errors**: database and service errors are shown kindly (banner, table message); anything
  else is a bug and is logged with its traceback (:func:`.runner.is_bug`).
"""
