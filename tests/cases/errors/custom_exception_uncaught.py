# An uncaught user-defined exception.
class ConfigError(Exception):
    pass
def require(cfg, key):
    if key not in cfg:
        raise ConfigError(f"missing required key {key!r}")
    return cfg[key]
cfg = {"host": "localhost", "debug": False}
print(require(cfg, "host"))
print(require(cfg, "debug"))
print(require(cfg, "port"))
print("unreachable")
