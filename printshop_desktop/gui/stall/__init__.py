"""Stall mode: a simple full-screen window for selling and counting at a market stall."""
