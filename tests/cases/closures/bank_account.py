# Encapsulated state using closures.
def account(balance=0):
    history = []
    def deposit(amount):
        nonlocal balance
        if amount <= 0:
            raise ValueError("deposit must be positive")
        balance += amount
        history.append(("dep", amount))
        return balance
    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            raise ValueError(f"insufficient funds: {balance} < {amount}")
        balance -= amount
        history.append(("wd", amount))
        return balance
    def report():
        return balance, list(history)
    return deposit, withdraw, report
dep, wd, rep = account(10)
print(dep(5), wd(12))
for op, amt in [(wd, 100), (dep, -1), (dep, 50), (wd, 53)]:
    try:
        print(op.__name__, amt, op(amt))
    except ValueError as e:
        print(op.__name__, amt, type(e).__name__, e)
print(rep())
d2, w2, r2 = account()
print(r2(), rep()[0])
