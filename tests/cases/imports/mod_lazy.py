log = []
real = "real"


def __getattr__(name):
    log.append(name)
    if name.startswith("lazy_"):
        return name.upper()
    if name == "boom":
        raise KeyError("boom key")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return ["names", "custom", "b", "a"]
