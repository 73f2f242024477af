print("exec ns_space.part1", __name__, __package__)
P1 = 1
