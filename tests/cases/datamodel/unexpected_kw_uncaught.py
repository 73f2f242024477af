# Uncaught: unexpected keyword argument to __init__.
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
a = Account("ann", balance=5)
print(a.owner, a.balance)
b = Account("bob", z=1)
