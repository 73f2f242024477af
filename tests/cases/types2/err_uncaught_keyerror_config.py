# A config lookup that fails with an uncaught KeyError (the last stderr line is compared).
config = {"db": {"host": "localhost", "port": 5432, "user": "app"}, "debug": True, "workers": 4}
print(config["db"]["host"], config["db"]["port"])
print(config.get("cache", {}).get("size", 128))
for key in ("db", "debug", "workers"):
    print(key, config[key])
def require(cfg, *path):
    cur = cfg
    for p in path:
        cur = cur[p]
    return cur
print(require(config, "db", "user"))
try:
    require(config, "db", "timeout")
except KeyError as e:
    print("caught", type(e).__name__, e, e.args)
print(sorted(config["db"]), list(config))
dsn = "postgres://{user}@{host}:{port}/app".format(**config["db"])
print(dsn)
print(require(config, "db", "password"))
print("unreachable")
