"""regalign: regulatory alignment analysis between jurisdictions."""

__version__ = "0.1.0"
