"""Reusable widgets placed in the Designer forms (promoted widgets)."""
