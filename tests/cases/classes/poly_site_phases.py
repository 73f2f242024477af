# One attribute site (a base class's method) serving instances of several subclasses in
# phases: all of one class, then all of another, then back, then mixed. The site's memos
# change places as the phases change; every read must still give the instance's own value,
# through class changes, attribute deletion (the instance moves to a dict) and slots.


class Base:
    def get(self):
        return self.v

    def get_plus(self):
        x = self.v
        return x + 0 if isinstance(x, int) else x

    def call_m(self):
        return self.m()


class A(Base):
    def __init__(self, v):
        self.v = v

    def m(self):
        return "A.m"


class B(Base):
    def __init__(self, v):
        self.w = 0
        self.v = v

    def m(self):
        return "B.m"


class C(Base):
    def __init__(self, v):
        self.a = self.b = None
        self.v = v

    def m(self):
        return "C.m"


class D(Base):
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v

    def m(self):
        return "D.m"


def phase(objs):
    return [o.get() for o in objs], [o.get_plus() for o in objs], sorted({o.call_m() for o in objs})


groups = [[A(i) for i in range(5)], [B(i * 10) for i in range(5)], [C(str(i)) for i in range(5)],
          [D(i * 100) for i in range(5)]]
for rnd in range(3):
    for g in groups + groups[::-1]:
        print(rnd, phase(g))
    mixed = [x for t in zip(*groups) for x in t]
    print(rnd, phase(mixed))
    if rnd == 0:
        # A class change under the memos.
        B.m = lambda self: "B.m2"
        A.get = lambda self: ("A.get", self.v)
    if rnd == 1:
        # An instance moves to a dict; a slot is unset.
        del groups[0][0].v
        groups[0][0].v = "again"
        del groups[3][1].v
        try:
            groups[3][1].get()
        except AttributeError as e:
            print("AttributeError:", e)
        groups[3][1].v = "set"
