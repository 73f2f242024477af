# An uncaught AttributeError on a misspelt attribute suggests the close match.
class Config:
    def __init__(self):
        self.timeout = 30
        self.retries = 3
c = Config()
print(c.timeout, c.retries)
print(c.timout)
