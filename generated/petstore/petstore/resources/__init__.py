"""Resources of the Petstore API, one module each, imported lazily by the client."""
