# Cooperative super() chains over diamonds, with __init__ keyword passing.
class Root:
    def __init__(self, **kw):
        print("Root.__init__", sorted(kw))
        self.trail = ["Root"]
    def chain(self):
        return ["Root"]
class Left(Root):
    def __init__(self, left=0, **kw):
        print("Left.__init__ left =", left)
        super().__init__(**kw)
        self.trail.append("Left")
    def chain(self):
        return ["Left"] + super().chain()
class Right(Root):
    def __init__(self, right=0, **kw):
        print("Right.__init__ right =", right)
        super().__init__(**kw)
        self.trail.append("Right")
    def chain(self):
        return ["Right"] + super().chain()
class Bottom(Left, Right):
    def __init__(self, **kw):
        print("Bottom.__init__")
        super().__init__(**kw)
        self.trail.append("Bottom")
    def chain(self):
        return ["Bottom"] + super().chain()
b = Bottom(left=1, right=2, extra=3)
print(b.trail)
print(b.chain())
print([k.__name__ for k in Bottom.__mro__])
class Other(Right, Left):
    def chain(self):
        return ["Other"] + super().chain()
print(Other().chain())
class Top:
    def f(self): return ["Top"]
class M1(Top):
    def f(self): return ["M1"] + super().f()
class M2(Top):
    def f(self): return ["M2"] + super().f()
class M3(Top):
    def f(self): return ["M3"] + super().f()
class All(M1, M2, M3):
    def f(self): return ["All"] + super().f()
print(All().f())
print(super(M1, All()).f())
