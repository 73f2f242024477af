# Functions that mutate arguments and return None.
def add_item(lst, item):
    lst.append(item)
def reset(d):
    d.clear()
def rebind(lst):
    lst = [0]
items = [1]
print(add_item(items, 2), items)
rebind(items)
print(items)
cfg = {"a": 1}
print(reset(cfg), cfg)
result = items.sort()
print(result, items.append(3), items)
def swap_first_last(lst):
    if len(lst) >= 2:
        lst[0], lst[-1] = lst[-1], lst[0]
for case in [[1, 2, 3], [1], [], ["a", "b"]]:
    swap_first_last(case)
    print(case)
