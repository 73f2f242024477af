# Uncaught: __init__ returning a non-None value.
class Maker:
    def __init__(self, v):
        self.v = v
        return self
print("creating")
m = Maker(3)
