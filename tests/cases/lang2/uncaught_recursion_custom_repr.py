# A __repr__ that recurses through a cycle without any container guard ends in RecursionError.
class Employee:
    def __init__(self, name):
        self.name = name
        self.manager = None
    def __repr__(self):
        boss = "nobody" if self.manager is None else repr(self.manager)
        return f"<{self.name} reports to {boss}>"
ceo = Employee("ceo")
cto = Employee("cto")
dev = Employee("dev")
cto.manager = ceo
dev.manager = cto
print(dev)
try:
    ceo.manager = dev
    print(len(repr(dev)))
except RecursionError as e:
    print("caught", type(e).__name__)
print("printing the cyclic chain for real")
print(cto)
