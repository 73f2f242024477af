print("exec pkg_init.epsilon", __name__, __package__)
E = "E"
