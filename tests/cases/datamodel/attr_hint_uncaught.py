# Uncaught AttributeError prints a "Did you mean" suggestion on the last stderr line.
class Config:
    def __init__(self):
        self.verbose = True
        self.timeout = 30
cfg = Config()
print(cfg.verbose, cfg.timeout)
print(cfg.timout)
