# A generator cannot be re-entered while it is running.
def selfish():
    yield next(me)
me = selfish()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)
print(next(me, "finished after error"))
def sender():
    yield me2.send(None)
me2 = sender()
try:
    next(me2)
except ValueError as e:
    print("send:", e)
def thrower():
    try:
        yield me3.throw(KeyError)
    except ValueError as e:
        print("  inside saw", e)
        yield "handled"
me3 = thrower()
try:
    print(next(me3))
except ValueError as e:
    print("throw:", e)
def closer():
    yield me4.close()
me4 = closer()
try:
    next(me4)
except ValueError as e:
    print("close:", e)
def running_flag():
    print("  gi_running inside:", gen.gi_running)
    yield
gen = running_flag()
print("before:", gen.gi_running)
next(gen)
print("after:", gen.gi_running)
def outer():
    yield from inner_gen()
def inner_gen():
    yield list(o)
o = outer()
try:
    next(o)
except ValueError as e:
    print("via yield from:", e)
