def __dir__():
    return ("z", "y")
