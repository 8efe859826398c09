"""The Events tab: market events with their par-list totals and stall fee."""
