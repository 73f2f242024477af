# Uncaught NameError inside a method suggests the instance attribute: "Did you mean: 'self.total'?"
class Counter:
    def __init__(self):
        self.total = 0
    def add(self, n):
        self.total += n
        return total
c = Counter()
print(c.total)
c.add(1)
