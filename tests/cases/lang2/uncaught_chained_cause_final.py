# An uncaught exception raised `from` another: the last stderr line is the outer exception.
class ConfigError(Exception):
    pass
def load_port(settings):
    try:
        return int(settings["port"])
    except (KeyError, ValueError) as e:
        raise ConfigError(f"invalid port setting: {settings.get('port')!r}") from e
print(load_port({"port": "8080"}))
try:
    load_port({})
except ConfigError as e:
    print("recovered:", e, type(e.__cause__).__name__)
load_port({"port": "eighty"})
