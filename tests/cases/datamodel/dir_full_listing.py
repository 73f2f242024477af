# Full dir() of a plain user class instance (all inherited dunder names from object).
class P:
    def __init__(self):
        self.v = 1
    def method(self):
        return self.v
print(dir(P()))
print(len(dir(P)), len(dir(object)))
print(dir(object))
