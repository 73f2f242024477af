__all__ = ["auto", "VALUE"]
VALUE = 1
