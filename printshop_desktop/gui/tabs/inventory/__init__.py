"""The Inventory tab: filament (opened and unopened grams) and products (units on hand)."""
