# A kw_only dataclass field passed positionally: the generated __init__ rejects it.
from dataclasses import dataclass, field
@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    retries: int = 3
@dataclass
class Job:
    name: str
    opts: Options = field(default_factory=Options)
    priority: int = field(default=0, kw_only=True)
print(Job("a"), Job("b", Options(retries=1), priority=5))
try:
    Options(True)
except TypeError as e:
    print(type(e).__name__, e)
print(Job("c", priority=2).priority)
Job("d", Options(), 9)
