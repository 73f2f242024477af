# "'C' object is not subscriptable" and item assignment/deletion messages for user objects.
class C: pass
FIVE, NONE, GEN, SET = 5, None, (x for x in []), {1}
c = C()
tests = [
    ("get", lambda: c[0]), ("get slice", lambda: c[1:2]), ("get str", lambda: c["k"]),
    ("class", lambda: C[0]), ("int", lambda: FIVE[0]), ("None", lambda: NONE[0]),
    ("func", lambda: len[0]), ("gen", lambda: GEN[0]), ("set", lambda: SET[0]),
]
for label, f in tests:
    try:
        f()
    except TypeError as e:
        print(f"{label:10} {e}")
def setitem():
    c[0] = 1
def delitem():
    del c[0]
def setslice():
    c[1:2] = [1]
def tuple_set():
    t = (1, 2)
    t[0] = 5
def str_del():
    s = "abc"
    del s[0]
def int_set():
    n = 5
    n[0] = 1
for f in (setitem, delitem, setslice, tuple_set, str_del, int_set):
    try:
        f()
    except TypeError as e:
        print(f"{f.__name__:10} {e}")
class OnlyGet:
    def __getitem__(self, k):
        return k
og = OnlyGet()
print(og[3], og[1:2], og[1, 2], og[...], og[:, 1])
def og_set():
    og[0] = 1
def og_del():
    del og[0]
for f in (og_set, og_del):
    try:
        f()
    except TypeError as e:
        print(f"{f.__name__:10} {e}")
class OnlySet:
    def __setitem__(self, k, v):
        print("set", k, v)
os_ = OnlySet()
os_["a"] = 1
try:
    os_["a"]
except TypeError as e:
    print(type(e).__name__, e)
