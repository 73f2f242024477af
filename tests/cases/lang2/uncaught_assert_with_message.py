# A failing assert with a computed message in an invariant check ends the program.
def transfer(accounts, src, dst, amount):
    before = sum(accounts.values())
    accounts[src] -= amount
    accounts[dst] += amount if amount < 50 else amount - 1
    after = sum(accounts.values())
    assert before == after, f"money not conserved: {before} -> {after} (transfer {src}->{dst} of {amount})"
    return accounts
acc = {"a": 100, "b": 20}
print(transfer(acc, "a", "b", 30))
print(transfer(acc, "b", "a", 10))
print(transfer(acc, "a", "b", 60))
