"""json.encoder: JSONEncoder (defined in the json package)."""

from json import JSONEncoder  # noqa: F401

__all__ = ["JSONEncoder"]
