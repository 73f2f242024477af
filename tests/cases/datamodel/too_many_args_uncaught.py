# Uncaught: too many positional arguments to a method.
class Calc:
    def add(self, a, b):
        return a + b
c = Calc()
print(c.add(1, 2))
print(c.add(1, 2, 3))
