# A small inventory system driven by dict operations.
inventory = {}
log = []
def add(item, qty):
    inventory[item] = inventory.get(item, 0) + qty
    log.append(("add", item, qty))
def remove(item, qty):
    if item not in inventory:
        raise KeyError(item)
    if inventory[item] < qty:
        raise ValueError(f"only {inventory[item]} {item} left")
    inventory[item] -= qty
    if inventory[item] == 0:
        del inventory[item]
    log.append(("remove", item, qty))
ops = [("add", "bolt", 10), ("add", "nut", 5), ("remove", "bolt", 3), ("remove", "nut", 5),
       ("remove", "gear", 1), ("add", "gear", 2), ("remove", "bolt", 100), ("add", "bolt", 1)]
for op, item, qty in ops:
    try:
        (add if op == "add" else remove)(item, qty)
        print(op, item, qty, "->", inventory)
    except (KeyError, ValueError) as e:
        print(op, item, qty, "failed:", type(e).__name__, e)
print(len(log), log[-1])
print(sum(inventory.values()), sorted(inventory.items()))
