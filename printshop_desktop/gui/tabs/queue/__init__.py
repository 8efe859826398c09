"""The Print Queue tab: jobs in queue order with their printer, event and due time."""
