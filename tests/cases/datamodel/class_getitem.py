# __class_getitem__: implicit classmethod, used for Cls[...]; metaclass __getitem__ takes priority.
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(Box[int], Box["x"], Box[1, 2], Box[()])
class SubBox(Box): pass
print(SubBox[str])
print(type(Box.__dict__["__class_getitem__"]).__name__)
try:
    Box()[0]
except TypeError as e:
    print(type(e).__name__, e)
class Meta(type):
    def __getitem__(cls, item):
        return "Meta.__getitem__"
class Both(metaclass=Meta):
    def __class_getitem__(cls, item):
        return "__class_getitem__"
print(Both[0])
class Plain: pass
try:
    Plain[int]
except TypeError as e:
    print(type(e).__name__, e)
print(list[int], dict[str, int], tuple[int, ...], type(list[int]).__name__)
print(list[int].__origin__ is list, list[int].__args__, dict[str, list[int]])
print(list[int]([1, 2]), type(list[int]([1, 2])).__name__)
class Generic:
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        return type(f"{cls.__name__}_of_{'_'.join(p.__name__ for p in params)}", (cls,), {"params": params})
IntGen = Generic[int]
print(IntGen.__name__, IntGen.params == (int,), issubclass(IntGen, Generic), Generic[int, str].__name__)
class Inst:
    def __getitem__(self, k):
        return "instance getitem " + repr(k)
    def __class_getitem__(cls, k):
        return "class getitem " + repr(k)
print(Inst()[1], Inst[1])
class NotCallableCGI:
    __class_getitem__ = "oops"
try:
    NotCallableCGI[0]
except TypeError as e:
    print(type(e).__name__, e)
