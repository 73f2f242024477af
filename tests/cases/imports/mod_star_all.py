__all__ = ["a", "_hidden", "b"]
a = "a"
b = "b"
c = "c"
_hidden = "hidden"
