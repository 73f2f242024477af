# A bank ledger with dicts of accounts, transaction tuples, validation errors and a sorted report.
class InsufficientFunds(Exception):
    pass
accounts = {"alice": 100_00, "bob": 50_00, "carol": 0}
history = []
def transfer(src, dst, cents):
    if src not in accounts or dst not in accounts:
        raise KeyError(f"unknown account: {src if src not in accounts else dst}")
    if cents <= 0:
        raise ValueError(f"amount must be positive, got {cents}")
    if accounts[src] < cents:
        raise InsufficientFunds(f"{src} has {accounts[src]}, needs {cents}")
    accounts[src] -= cents
    accounts[dst] += cents
    history.append((len(history) + 1, src, dst, cents))
ops = [("alice", "bob", 25_00), ("bob", "carol", 70_00), ("carol", "alice", 10_00), ("bob", "dave", 1), ("alice", "carol", -5), ("carol", "bob", 1_00), ("alice", "alice", 0)]
for op in ops:
    try:
        transfer(*op)
        print("ok  ", op, accounts)
    except (KeyError, ValueError, InsufficientFunds) as e:
        print("fail", op, type(e).__name__, e)
print(history)
print(sum(accounts.values()) == 150_00, max(accounts, key=accounts.get), sorted(accounts.items(), key=lambda kv: (-kv[1], kv[0])))
flows = {}
for _, s, d, c in history:
    flows[s] = flows.get(s, 0) - c
    flows[d] = flows.get(d, 0) + c
print(flows, sum(flows.values()))
for name, bal in sorted(accounts.items()):
    print(f"{name:<8}{bal // 100:>6}.{bal % 100:02d}  {'#' * (bal // 1000)}")
print(InsufficientFunds.__mro__[1].__name__, isinstance(InsufficientFunds("x"), Exception), str(InsufficientFunds("msg")), repr(InsufficientFunds("m", 2)))
