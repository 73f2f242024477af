# A factory that instantiates a class missing an abstract method: TypeError lists what is missing.
from abc import ABC, abstractmethod
class Storage(ABC):
    @abstractmethod
    def read(self, key): ...
    @abstractmethod
    def write(self, key, value): ...
    @abstractmethod
    def delete(self, key): ...
class Memory(Storage):
    def __init__(self):
        self.d = {}
    def read(self, key):
        return self.d[key]
    def write(self, key, value):
        self.d[key] = value
    def delete(self, key):
        del self.d[key]
class HalfDone(Storage):
    def read(self, key):
        return None
BACKENDS = {"memory": Memory, "half": HalfDone}
def make(kind):
    return BACKENDS[kind]()
m = make("memory")
m.write("k", 1)
print(m.read("k"))
make("half")
