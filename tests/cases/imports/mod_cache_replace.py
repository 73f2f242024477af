import sys
print("exec mod_cache_replace")


class Replacement:
    def __init__(self):
        self.kind = "replacement object"

    def __repr__(self):
        return "Replacement()"


original = sys.modules[__name__]
sys.modules[__name__] = Replacement()
