# dir() of instances, classes and modules is sorted.
class Base:
    b_attr = 1
    def b_method(self):
        pass
class Child(Base):
    c_attr = 2
    def __init__(self):
        self.inst = 3
c = Child()
names = dir(c)
print(names == sorted(names), [n for n in names if not n.startswith("__")])
print([n for n in dir(Child) if not n.startswith("__")], "inst" in dir(Child), "__init__" in dir(c))
import math
print([n for n in dir(math) if n.startswith("c")], dir(math) == sorted(dir(math)))
class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]
print(dir(Custom()))
class BadDir:
    def __dir__(self):
        return 5
try:
    dir(BadDir())
except TypeError as e:
    print(type(e).__name__, e)
def f():
    local_a = 1
    local_b = 2
    return dir()
print(f())
print("append" in dir([]), "keys" in dir({}), [n for n in dir(1) if "bit" in n], [n for n in dir("") if n.startswith("is")])
try:
    dir(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print([n for n in dir(None) if not n.startswith("_")], [n for n in dir(type) if n == "mro"])
