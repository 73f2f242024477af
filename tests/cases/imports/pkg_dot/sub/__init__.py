print("exec pkg_dot.sub", __name__, __package__)
Y = 2
