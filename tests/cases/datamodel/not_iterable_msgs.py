# "'C' object is not iterable" and "argument of type 'C' is not iterable" in many contexts.
class C: pass
c = C()
def unpack():
    a, b = c
def star_unpack():
    a, *b = c
def for_loop():
    for x in c: pass
def comp():
    return [x for x in c]
def gen():
    return list(x for x in c)
def yield_from():
    yield from c
def star_list():
    return [*c]
def star_call():
    return print(*c)
def star_star():
    return dict(**c)
def dict_of():
    return dict(c)
def contains():
    return 1 in c
def not_contains():
    return 1 not in c
def sum_of():
    return sum(c)
def join_of():
    return "".join(c)
def zip_of():
    return list(zip(c, c))
def min_of():
    return min(c)
def set_of():
    return {*c}
for f in (unpack, star_unpack, for_loop, comp, gen, lambda: list(yield_from()), star_list, star_call,
          star_star, dict_of, contains, not_contains, sum_of, join_of, zip_of, min_of, set_of):
    try:
        f()
    except TypeError as e:
        print(f"{f.__name__:12} {e}")
try:
    x, y = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    for x in None: pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" in 3.5
except TypeError as e:
    print(type(e).__name__, e)
