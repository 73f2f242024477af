# str(x), list(x), tuple(x), bool(x), int(x) and float(x) with one argument, for builtin
# values, instances with their own hooks, subclasses, and errors.


class S:
    def __str__(self):
        return "S-str"

    def __repr__(self):
        return "S-repr"


class R:
    def __repr__(self):
        return "R-repr"


class BadStr:
    def __str__(self):
        return 5


class MyStr(str):
    pass


class Truthy:
    def __bool__(self):
        return False


class Sized:
    def __len__(self):
        return 3


class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i * 10
        raise IndexError


print(str(5), str(-12), str(2**60), str(1.5), str(None), str(True), str([1, "a"]), str(S()), str(R()))
m = MyStr("sub")
print(str(m), type(str(m)).__name__, str(m) == "sub")
s = "same"
print(str(s) is s)
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)

l = [1, 2]
t = (3, 4)
print(list(l), list(l) is l, list(t), list("ab"), list(range(3)), list({"k": 1}), list(Seq()))
print(tuple(t) is t, tuple(l), tuple("xy"), tuple(i for i in range(3)), tuple({5}))
for bad in (5, None, 1.5):
    try:
        list(bad)
    except TypeError as e:
        print("TypeError:", e)
    try:
        tuple(bad)
    except TypeError as e:
        print("TypeError:", e)

print(bool(0), bool(3), bool(""), bool("x"), bool([]), bool(Truthy()), bool(Sized()), bool(None), bool(0.0))
big = 2**80
print(int(7), int(-7), int(big) is big, int(True), int(2.9), int("12"), int(" 3 "))
nan = float("nan")
print(float(2), float(-3), float(1.25), float(nan) is nan, float(True), float("1e3"), float(big))
try:
    int("x")
except ValueError as e:
    print("ValueError:", e)
try:
    float("y")
except ValueError as e:
    print("ValueError:", e)
