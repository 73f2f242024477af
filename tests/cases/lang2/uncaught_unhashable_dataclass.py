# A non-frozen dataclass with eq=True is unhashable; using it as a set member fails at the top level.
from dataclasses import dataclass
@dataclass
class Tag:
    name: str
    color: str = "grey"
tags = [Tag("bug", "red"), Tag("docs"), Tag("bug", "red")]
print(tags[0] == tags[2], tags.count(Tag("bug", "red")))
print(Tag.__hash__)
unique = []
for t in tags:
    if t not in unique:
        unique.append(t)
print(unique)
print(set(tags))
