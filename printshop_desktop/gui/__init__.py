"""The Qt desktop shell: main window, tabs, table models, dialogs and background workers.

Only this package imports Qt. Layouts come from Designer forms in ``ui/`` compiled into
:mod:`printshop_desktop.gui.forms`; database work runs through :mod:`.runner`.
"""
