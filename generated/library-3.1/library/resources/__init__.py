"""Resources of the Library API, one module each, imported lazily by the client."""
