# Class attributes versus instance attributes.
class Counter:
    count = 0
    shared = []
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
        self.shared.append(self.id)
a = Counter()
b = Counter()
c = Counter()
print(Counter.count, a.count, a.id, b.id, c.id, Counter.shared)
a.count = 100
print(a.count, Counter.count, b.count, "count" in vars(a), "count" in vars(b))
del a.count
print(a.count)
Counter.count = -1
print(a.count, b.count)
class Config:
    debug = False
    level = 1
cfg = Config()
Config.debug = True
print(cfg.debug, cfg.level)
