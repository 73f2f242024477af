# Annotated functions behave like unannotated ones.
def add(a: int, b: int = 0) -> int:
    return a + b
print(add(1, 2), add(3), add("x", "y"), add([1], [2]))
print(add.__annotations__)
def greet(name: str, *args: int, sep: str = " ", **kw: float) -> str:
    return sep.join([name] + [str(a) for a in args] + [f"{k}={v}" for k, v in kw.items()])
print(greet("hi", 1, 2, sep="-", x=1.5))
print(sorted(greet.__annotations__))
x: int = 5
y: list
print(x)
try:
    print(y)
except NameError as e:
    print(type(e).__name__, e)
def no_ann(a, b):
    return a * b
print(no_ann.__annotations__, no_ann(3, "ab"))
class P:
    x: int
    y: int = 2
print(P.y, "x" in P.__annotations__, hasattr(P, "x"))
