# Cyclic structures through lists in custom __repr__: the list recursion guard prints [...] per list object.
class Node:
    def __init__(self, name):
        self.name, self.links = name, []
    def __repr__(self):
        return f"Node({self.name}, links={self.links})"
a, b = Node("a"), Node("b")
print(repr(a), repr(b))
a.links.append(b)
print(repr(a))
lst = [1, 2]
lst.append(lst)
print(lst, {"self": None})
b.links.append(a)
print("printing a cycle of custom reprs")
print(a)
