"""``python -m rasad.cli`` runs the command line."""

from rasad.cli import main

main()
