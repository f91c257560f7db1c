"""Resources of the Akeneo PIM REST API, one module each, imported lazily by the client."""
