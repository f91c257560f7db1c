"""``python -m clientsmith.generator`` runs the CLI."""

from .cli import main

main()
