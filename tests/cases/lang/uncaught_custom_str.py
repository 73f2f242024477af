# The last stderr line of an uncaught user exception uses its __str__ and its module-qualified name.
class ConfigError(Exception):
    def __init__(self, key, reason):
        super().__init__(key, reason)
        self.key, self.reason = key, reason
    def __str__(self):
        return f"{self.key}: {self.reason}"
print("loading")
raise ConfigError("port", "must be an integer")
