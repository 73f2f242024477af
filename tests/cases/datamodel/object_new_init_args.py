# object.__new__ / object.__init__ argument rules and their exact error messages.
class Plain: pass
try:
    Plain(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Plain(x=1)
except TypeError as e:
    print(type(e).__name__, e)
class OnlyInit:
    def __init__(self, a):
        self.a = a
print(OnlyInit(1).a)
class OnlyNew:
    def __new__(cls, a):
        print("OnlyNew.__new__", a)
        return super().__new__(cls)
print(type(OnlyNew(2)).__name__)
try:
    object.__new__(Plain, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__init__(Plain(), 1)
except TypeError as e:
    print(type(e).__name__, e)
class CallsSuperInitWithArgs:
    def __init__(self, a):
        super().__init__(a)
try:
    CallsSuperInitWithArgs(1)
except TypeError as e:
    print(type(e).__name__, e)
class CallsSuperNewWithArgs:
    def __new__(cls, a):
        return super().__new__(cls, a)
try:
    CallsSuperNewWithArgs(1)
except TypeError as e:
    print(type(e).__name__, e)
class BothOverridden:
    def __new__(cls, *a):
        return object.__new__(cls)
    def __init__(self, *a):
        self.a = a
print(BothOverridden(1, 2).a)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__new__(int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__new__(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__new__()
except TypeError as e:
    print(type(e).__name__, e)
o = object.__new__(Plain)
print(type(o).__name__)
object.__init__(o)
class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print(type(e).__name__, e)
class InitTakesNone:
    def __init__(self):
        pass
try:
    InitTakesNone(1)
except TypeError as e:
    print(type(e).__name__, e)
