# Default argument values.
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"), greet(greeting="Yo", name="Di"))
def power(base, exp=2):
    return base ** exp
print(power(3), power(3, 3), power(exp=0, base=9))
def default_evaluated_once(x, acc=[]):
    acc.append(x)
    return acc
print(default_evaluated_once(1), default_evaluated_once(2), default_evaluated_once(3, []))
def safe(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(safe(1), safe(2))
n = 10
def captured(v=n):
    return v
n = 20
print(captured(), greet.__defaults__, power.__defaults__, safe.__name__)
