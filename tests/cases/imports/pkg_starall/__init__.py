__all__ = ["x", "sub1"]
x = "x"
y = "y"
