# Flag with auto(): |, &, ^, ~ and values
from enum import Flag, auto

class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()

print([m.value for m in Color])
print(repr(Color.RED), Color.RED.name, Color.RED.value)
purple = Color.RED | Color.BLUE
print(repr(purple), purple.value, type(purple).__name__)
print(repr(purple & Color.RED), repr(purple & Color.GREEN))
print(repr(purple ^ Color.RED), repr(purple ^ Color.GREEN))
print(repr(~Color.RED), repr(~purple), repr(~(Color.RED | Color.GREEN | Color.BLUE)))
print(repr(~Color(0)))
print(repr(Color.RED | Color.RED), repr(Color.RED & Color.RED))
print((Color.RED | Color.GREEN) == (Color.GREEN | Color.RED))
print(purple is (Color.BLUE | Color.RED))
print(Color(5) is purple, Color(1) is Color.RED)
print(isinstance(purple, Color), isinstance(Color.RED, int))
x = Color.RED
x |= Color.GREEN
print(repr(x))
x &= ~Color.RED
print(repr(x))
x ^= Color.BLUE
print(repr(x))
print(hash(Color.RED) == hash(Color.RED), Color.RED == 1, Color.RED != Color.GREEN)
for op in ("|", "&", "^"):
    try:
        eval("Color.RED %s 1" % op)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print(type(e).__name__, e)
try:
    -Color.RED
except TypeError as e:
    print(type(e).__name__, e)
print(Color["GREEN"], Color.RED in Color, 1 in Color)
