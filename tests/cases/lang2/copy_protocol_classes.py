# copy/deepcopy of realistic objects: custom __copy__/__deepcopy__, shared references and cycles.
import copy
class Document:
    def __init__(self, title, sections, meta):
        self.title, self.sections, self.meta = title, sections, meta
        self.version = 1
    def __copy__(self):
        new = type(self).__new__(type(self))
        new.__dict__.update(self.__dict__)
        new.version = self.version + 1
        return new
    def __deepcopy__(self, memo):
        new = type(self).__new__(type(self))
        memo[id(self)] = new
        for k, v in self.__dict__.items():
            setattr(new, k, copy.deepcopy(v, memo))
        new.title = self.title + " (copy)"
        return new
shared_meta = {"author": "ann", "tags": ["draft"]}
d = Document("Spec", [["intro"], ["body"]], shared_meta)
s = copy.copy(d)
dc = copy.deepcopy(d)
s.sections[0].append("shallow edit")
dc.sections[1].append("deep edit")
print(d.sections, s.sections, dc.sections)
print(s.version, dc.version, s.title, dc.title, s.meta is d.meta, dc.meta is d.meta)
class Node:
    def __init__(self, name):
        self.name, self.peers = name, []
a, b = Node("a"), Node("b")
a.peers.append(b)
b.peers.append(a)
a2 = copy.deepcopy(a)
print(a2.name, a2.peers[0].name, a2.peers[0].peers[0] is a2, a2 is not a)
pair = [shared_meta, shared_meta]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is shared_meta)
class Config:
    __slots__ = ("opts", "name")
    def __init__(self, name, opts):
        self.name, self.opts = name, opts
c = Config("base", {"x": [1]})
c2 = copy.deepcopy(c)
c2.opts["x"].append(2)
print(c.opts, c2.opts, c2.name)
class NoCopy:
    def __deepcopy__(self, memo):
        raise TypeError("NoCopy objects cannot be deep-copied")
try:
    copy.deepcopy({"k": NoCopy()})
except TypeError as e:
    print(type(e).__name__, e)
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, 2)) is not None)
class WithReduce:
    def __init__(self, v):
        self.v = v
    def __reduce__(self):
        return (WithReduce, (self.v * 10,))
print(copy.copy(WithReduce(3)).v, copy.deepcopy(WithReduce(4)).v)
