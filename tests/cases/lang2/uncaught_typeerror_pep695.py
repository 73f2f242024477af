# Subscripting a PEP 695 generic class with the wrong number of arguments fails at the top level.
class Mapping2[K, V]:
    def __init__(self):
        self.items: dict[K, V] = {}
    def put(self, k: K, v: V) -> None:
        self.items[k] = v
m = Mapping2[str, int]()
m.put("a", 1)
print(m.items, Mapping2[str, int].__args__)
Bad = Mapping2[str, int, float]
