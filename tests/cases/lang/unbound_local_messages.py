# UnboundLocalError and the free-variable NameError messages.
def read_before_assign():
    print(x)
    x = 1
x = "global"
try:
    read_before_assign()
except UnboundLocalError as e:
    print(type(e).__name__, e, isinstance(e, NameError), e.name)
def augmented():
    counter += 1
counter = 0
try:
    augmented()
except UnboundLocalError as e:
    print(e)
def conditional(flag):
    if flag:
        y = 1
    return y
print(conditional(True))
try:
    conditional(False)
except UnboundLocalError as e:
    print(e)
def free_var():
    def inner():
        return z
    try:
        return inner()
    except NameError as e:
        return f"{type(e).__name__}: {e}"
    z = 1
print(free_var())
def free_deleted():
    w = 1
    def inner():
        return w
    del w
    try:
        inner()
    except NameError as e:
        return f"{type(e).__name__}: {e}"
print(free_deleted())
def loop_var():
    for i in []:
        pass
    return i
try:
    loop_var()
except UnboundLocalError as e:
    print(e)
def except_var():
    try:
        pass
    except Exception as err:
        pass
    return err
try:
    except_var()
except UnboundLocalError as e:
    print(e)
def class_free():
    class C:
        def m(self):
            return late
    inst = C()
    try:
        inst.m()
    except NameError as e:
        print(type(e).__name__, e)
    late = 1
    return inst.m()
print(class_free())
