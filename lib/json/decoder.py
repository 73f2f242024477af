"""json.decoder: JSONDecoder and JSONDecodeError (defined in the json package)."""

from json import JSONDecoder, JSONDecodeError  # noqa: F401

__all__ = ["JSONDecoder", "JSONDecodeError"]
