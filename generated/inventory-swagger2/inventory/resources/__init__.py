"""Resources of the Inventory API, one module each, imported lazily by the client."""
