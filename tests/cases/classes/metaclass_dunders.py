# Dunders defined on a metaclass apply to its classes: len(), iteration, [], in, repr, call.
class M(type):
    def __iter__(cls): return iter([1, 2])
    def __len__(cls): return 2
    def __getitem__(cls, k): return k * 2
    def __contains__(cls, x): return x == 1
    def __repr__(cls): return "<M " + cls.__name__ + ">"
    def __call__(cls, *a): return ("called", a)
class A(metaclass=M): pass
print(list(A), len(A), A[3], 1 in A, A, A(5), str(A), f"{A}")
