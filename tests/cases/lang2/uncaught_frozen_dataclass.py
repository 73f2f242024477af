# Uncaught FrozenInstanceError: the final traceback line carries the module-qualified class name.
from dataclasses import dataclass
@dataclass(frozen=True)
class Settings:
    host: str
    port: int = 8080
s = Settings("localhost")
print(s, hash(s) == hash(Settings("localhost")))
s2 = Settings("example.org", 443)
print(sorted([s.port, s2.port]))
print("about to mutate a frozen settings object")
s2.port = 8443
print("unreachable")
