"""``python -m regalign``."""

from regalign.cli import main

main()
