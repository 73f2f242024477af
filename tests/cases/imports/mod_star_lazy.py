__all__ = ["eager", "lazy"]
eager = "eager"
def __getattr__(name):
    if name == "lazy":
        return "lazy via __getattr__"
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
