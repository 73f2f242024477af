# Uncaught: inconsistent MRO (the message spans two lines; the last stderr line is its second half).
class A: pass
class B(A): pass
print([k.__name__ for k in B.__mro__])
class C(A, B): pass
