"""Command-line interface (placeholder until the foundation lands)."""


def main() -> None:
    raise SystemExit("regalign CLI is being built")
