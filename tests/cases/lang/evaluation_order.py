# Left-to-right evaluation order in assignments, calls, displays, subscripts and operators.
log = []
def t(name, value=None):
    log.append(name)
    return value if value is not None else name
def show(label):
    print(label, log)
    log.clear()
class Rec:
    def __getitem__(self, k):
        log.append(f"get[{k}]")
        return 0
    def __setitem__(self, k, v):
        log.append(f"set[{k}]={v}")
r = Rec()
r[t("key", 1)] = t("value", 2)
show("subscript assignment:")
a = {}
a[t("k1", "A")], a[t("k2", "B")] = t("v1", 1), t("v2", 2)
show("tuple assignment:")
r[t("idx", 3)] += t("inc", 1)
show("augmented:")
d = {t("dk1"): t("dv1"), t("dk2"): t("dv2")}
show("dict display:")
def f(*args, **kwargs):
    pass
f(t("p1"), t("p2"), k=t("kw"), *[t("star")], **{t("dstar"): 0})
show("call arguments:")
t("left", 1) + t("right", 2) * t("third", 3)
show("binary ops:")
t("a", 0) or t("b", 0) or t("c", 1) or t("d", 1)
show("or chain:")
t("a", 1) and t("b", 0) and t("c", 1)
show("and chain:")
x = y = t("chained target value", 5)
show("chained assignment:")
obj = type("O", (), {})()
obj.attr, obj.attr2 = t("first"), t("second")
show("attrs:")
[t("l1"), *[t("l2"), t("l3")], t("l4")]
show("list with star:")
t("func", f)(t("arg"))
show("callee before args:")
r[t("a"):t("b"):t("c")]
show("slice parts:")
val = t("cond") if t("test", 1) else t("other")
show("conditional:")
print(t("lhs", 2) ** t("rhs", 3), log)
log.clear()
i = 0
lst = [10, 20, 30]
i, lst[i] = 1, 99
print("targets left to right:", i, lst)
