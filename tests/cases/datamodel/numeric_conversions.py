# __int__, __float__, __complex__, __index__ fallbacks for int()/float()/complex().
class N:
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __complex__(self): return 1+2j
n = N()
print(int(n), float(n), complex(n))
class OnlyIndex:
    def __index__(self): return 9
o = OnlyIndex()
print(int(o), float(o), complex(o))
class OnlyFloat:
    def __float__(self): return 4.0
of = OnlyFloat()
print(float(of), complex(of))
try:
    int(of)
except TypeError as e:
    print(type(e).__name__, e)
class Nothing: pass
for f in (int, float, complex):
    try:
        f(Nothing())
    except TypeError as e:
        print(f.__name__, type(e).__name__, e)
class BadInt:
    def __int__(self): return "x"
class BadFloat:
    def __float__(self): return 1
class BadComplex:
    def __complex__(self): return 1.0
for f, obj in ((int, BadInt()), (float, BadFloat()), (complex, BadComplex())):
    try:
        f(obj)
    except TypeError as e:
        print(f.__name__, type(e).__name__, e)
print(int("12"), float(" 1.5 "), complex("1+2j"))
class MyInt(int): pass
print(int(MyInt(5)), type(int(MyInt(5))).__name__, float(MyInt(5)))
print(N().__int__(), round(float(n)), int(float(o)))
