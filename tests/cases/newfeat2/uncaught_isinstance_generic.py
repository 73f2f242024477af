# isinstance() with a parameterized generic (even inside a tuple) is a TypeError that ends the program.
def check_config(cfg):
    for key, expected in (("hosts", list), ("ports", list | tuple), ("name", str | None)):
        value = cfg.get(key)
        ok = isinstance(value, expected)
        print(f"{key}: {value!r} is {expected} -> {ok}")
check_config({"hosts": ["a"], "ports": (80,), "name": None})
check_config({"hosts": "a", "ports": [443], "name": "svc"})
for bad in (list[int], dict[str, int] | None, (int, list[str])):
    try:
        isinstance([], bad)
    except TypeError as e:
        print(bad, "->", e)
print(isinstance(list[int], type), type(list[int]).__name__)
print(issubclass(list, list), isinstance([], list | None))
def strict_check(cfg):
    for key, expected in (("name", str), ("hosts", list[str])):
        print(key, isinstance(cfg.get(key), expected))
strict_check({"hosts": ["a"], "name": "n"})
