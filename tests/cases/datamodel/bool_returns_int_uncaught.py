# Uncaught: __bool__ returning an int.
class Flag:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
print(bool(Flag(True)))
if Flag(1):
    print("unreachable")
