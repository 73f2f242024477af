# Closures inside methods and class bodies.
class Registry:
    def __init__(self):
        self.items = []
    def make_adder(self, prefix):
        def add(name):
            self.items.append(prefix + name)
            return len(self.items)
        return add
r = Registry()
add_a = r.make_adder("a:")
add_b = r.make_adder("b:")
print(add_a("x"), add_b("y"), add_a("z"), r.items)
def class_factory(greeting):
    class Greeter:
        def greet(self, name):
            return f"{greeting}, {name}"
    return Greeter
Hi = class_factory("Hi")
Yo = class_factory("Yo")
print(Hi().greet("a"), Yo().greet("b"), Hi is Yo)
y = 1
class Scope:
    y = 2
    vals = [y for _ in range(2)]
    def method(self):
        return y
print(Scope.vals, Scope().method(), Scope.y)
