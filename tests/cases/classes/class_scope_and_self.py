# Methods must use self to reach attributes; class body namespace.
class Demo:
    x = 10
    y = x * 2
    items = [x, y]
    def get_x(self):
        return self.x
    def bad(self):
        return x
print(Demo.x, Demo.y, Demo.items, Demo().get_x())
try:
    Demo().bad()
except NameError as e:
    print(type(e).__name__, e)
d = Demo()
d.x = 99
print(d.get_x(), Demo().get_x(), Demo.x)
try:
    Demo.get_x()
except TypeError as e:
    print(type(e).__name__, e)
print(Demo.get_x(d), type(Demo.__dict__["get_x"]).__name__)
