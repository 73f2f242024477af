# An invalid enum value from external input ends the program with ValueError naming the enum.
from enum import Enum
class Priority(Enum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
tickets = [("fix login", "high"), ("update docs", "low"), ("refactor", "urgent")]
for title, p in tickets[:2]:
    print(title, Priority(p), Priority(p).name)
print(Priority["MEDIUM"].value)
for title, p in tickets:
    print(title, "->", Priority(p).name)
