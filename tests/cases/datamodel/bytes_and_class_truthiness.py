# __bytes__ for bytes(); truthiness and hashing of class objects; metaclass __len__/__bool__ affect classes.
class B:
    def __bytes__(self):
        return b"custom bytes"
print(bytes(B()), bytearray(b"x") + bytes(B()))
class BadBytes:
    def __bytes__(self):
        return "str"
try:
    bytes(BadBytes())
except TypeError as e:
    print(type(e).__name__, e)
class NoBytes: pass
try:
    bytes(NoBytes())
except TypeError as e:
    print(type(e).__name__, e)
class IdxBytes:
    def __index__(self): return 3
print(bytes(IdxBytes()), bytes([1, 2]), bytes("é", "utf-8"))
class Plain: pass
print(bool(Plain), hash(Plain) == hash(Plain), {Plain: 1}[Plain], Plain == Plain, Plain != object)
class EqClassLevel:
    def __eq__(self, o): return True
print(bool(EqClassLevel), {EqClassLevel: "class is hashable"}[EqClassLevel])
class EmptyMeta(type):
    def __len__(cls): return 0
class Falsy(metaclass=EmptyMeta): pass
print(bool(Falsy), len(Falsy), "truthy" if Falsy else "falsy", bool(Falsy()))
class BoolMeta(type):
    def __bool__(cls): return False
class AlsoFalsy(metaclass=BoolMeta): pass
print(bool(AlsoFalsy), not AlsoFalsy, bool(AlsoFalsy()))
class HashMeta(type):
    def __hash__(cls): return 12345
class H(metaclass=HashMeta): pass
print(hash(H), hash(H()) != 12345)
class EqMeta(type):
    def __eq__(cls, o): return True
try:
    class E(metaclass=EqMeta): pass
    hash(E)
except TypeError as e:
    print(type(e).__name__, e)
