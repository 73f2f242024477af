# operator module functions dispatch to the same dunders as the syntax.
import operator
class T:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"T{self.n}"
    def __add__(self, o): return f"add {self.n} {o}"
    def __radd__(self, o): return f"radd {self.n} {o}"
    def __iadd__(self, o): return f"iadd {self.n} {o}"
    def __lt__(self, o): return f"lt {self.n} {o}"
    def __eq__(self, o): return f"eq {self.n} {o}"
    def __getitem__(self, k): return f"getitem {k}"
    def __setitem__(self, k, v): print("setitem", k, v)
    def __delitem__(self, k): print("delitem", k)
    def __contains__(self, x): return x == 1
    def __matmul__(self, o): return "matmul"
    def __index__(self): return self.n
    def __neg__(self): return "neg"
    def __truth__(self): return "never used"
    def __bool__(self): return False
    __hash__ = None
t = T(3)
print(operator.add(t, 1), operator.add(1, t), operator.iadd(t, 2), operator.lt(t, 0), operator.gt(0, t))
print(operator.eq(t, 9), operator.ne(t, 9), operator.getitem(t, "k"), operator.contains(t, 1), operator.contains(t, 2))
operator.setitem(t, "a", 1)
operator.delitem(t, "a")
print(operator.matmul(t, t), operator.index(t), operator.neg(t), operator.not_(t), operator.truth(t))
print(operator.is_(t, t), operator.is_not(t, None), operator.concat([1], [2]))
try:
    operator.concat(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
ag = operator.attrgetter("n")
ig = operator.itemgetter(1, 2)
mc = operator.methodcaller("__add__", 5)
print(ag(t), ig(t), mc(t), ag(T(9)))
print(operator.attrgetter("n", "__class__.__name__")(t))
lst = [1, 2]
print(operator.iadd(lst, [3]) is lst, operator.iconcat(lst, [4]), lst)
print(operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"))
