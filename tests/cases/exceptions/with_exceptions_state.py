# Program state is consistent after exceptions interrupt updates.
balance = {"a": 100, "b": 50}
def transfer(src, dst, amount):
    if amount <= 0:
        raise ValueError("amount must be positive")
    if balance[src] < amount:
        raise ValueError(f"insufficient funds in {src}")
    balance[src] -= amount
    balance[dst] += amount
ops = [("a", "b", 30), ("b", "a", 500), ("a", "c", 10), ("b", "a", -5), ("b", "a", 80)]
for op in ops:
    snapshot = dict(balance)
    try:
        transfer(*op)
        print("ok  ", op, balance)
    except (ValueError, KeyError) as e:
        balance.clear()
        balance.update(snapshot)
        print("fail", op, type(e).__name__, e, balance)
print(sum(balance.values()))
