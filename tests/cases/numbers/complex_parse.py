# complex(str) parsing rules.
for s in ["1+2j", " (1-2j) ", "j", "-j", "+j", "1j", "2", "-2.5", "1e3j", "1e-3-1e3j", "(3)", "(j)",
          "inf+nanj", "-infj", "nan", "1+j", "1-j", "  2.5J  ", "1_000j", "1_0+2_0j", "-1.5e+2+3.5E-1j",
          "0j", "-0j", "(-0-0j)", ".5j", "5.j", "(\t1+1j\n)", "infj", "-Infinityj"]:
    try:
        c = complex(s)
        print(repr(s), repr(c))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
for s in ["", " ", "x", "1+", "1+2", "1+2i", "j1", "1 + 2j", "(1+2j", "1+2j)", "((1+2j))", "1jj", "1..2j",
          "1+2j+3", "+-1j", "1e+j", "_1j", "1__0j", "()", "(", "nanjj", "1+2j\x00"]:
    try:
        print(repr(s), complex(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
print(complex(), complex(1), complex(1.5), complex(2, 3), complex(real=1, imag=-1), complex(imag=2))
print(complex(1j, 1j), complex(1 + 2j, 3), complex(2, 1j), complex(True, False), complex(-0.0, -0.0))
for args in [("1", 2), (1, "2"), ("1", "2"), (None,), ([1],)]:
    try:
        print(complex(*args))
    except TypeError as e:
        print(args, type(e).__name__, e)
class C:
    def __complex__(self):
        return 4 + 5j
class F:
    def __float__(self):
        return 2.5
print(complex(C()), complex(F()), complex(F(), F()))
