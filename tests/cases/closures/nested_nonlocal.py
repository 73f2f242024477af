# nonlocal across several levels of nesting.
def outer():
    x = 0
    def middle():
        def inner():
            nonlocal x
            x += 1
            return x
        inner()
        inner()
        return x
    r = middle()
    return r, x
print(outer())
def level1():
    a = "l1"
    def level2():
        a = "l2"
        def level3():
            nonlocal a
            a = "l3 changed l2"
        level3()
        return a
    return level2(), a
print(level1())
def shared():
    value = []
    def push(v):
        value.append(v)
    def get():
        return list(value)
    def reset():
        nonlocal value
        value = []
    return push, get, reset
push, get, reset = shared()
push(1); push(2)
print(get())
reset()
push(3)
print(get())
