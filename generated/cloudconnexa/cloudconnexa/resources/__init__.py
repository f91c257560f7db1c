"""Resources of the CloudConnexa API, one module each, imported lazily by the client."""
