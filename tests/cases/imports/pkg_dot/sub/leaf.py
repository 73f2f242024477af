print("exec pkg_dot.sub.leaf", __name__, __package__)
Z = 3
def f():
    return "leaf.f"
