# A text adventure command interpreter: match on normalized word lists, rooms as dicts, inventory rules.
ROOMS = {
    "hall": {"desc": "a dusty hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "shelves of books", "exits": {"south": "hall"}, "items": ["book", "key"], "dark": True},
    "kitchen": {"desc": "a cold kitchen", "exits": {"west": "hall"}, "items": [], "locked": True},
}
SYNONYMS = {"n": "north", "s": "south", "e": "east", "w": "west", "get": "take", "grab": "take", "l": "look"}
state = {"room": "hall", "inv": [], "moves": 0}
def command(line):
    words = [SYNONYMS.get(w, w) for w in line.lower().split() if w not in ("the", "a", "to")]
    room = ROOMS[state["room"]]
    dark = room.get("dark") and "lamp" not in state["inv"]
    match words:
        case ["look"]:
            return "too dark to see" if dark else f"{room['desc']}; items: {room['items']}; exits: {sorted(room['exits'])}"
        case ["go", direction] | [("north" | "south" | "east" | "west") as direction]:
            target = room["exits"].get(direction)
            if target is None:
                return f"no exit {direction}"
            if ROOMS[target].get("locked"):
                if "key" not in state["inv"]:
                    return f"the {target} is locked"
                ROOMS[target]["locked"] = False
            state["room"] = target
            state["moves"] += 1
            return f"you enter the {target}"
        case ["take", item] if dark:
            return f"you fumble in the dark for the {item}"
        case ["take", item] if item in room["items"]:
            room["items"].remove(item)
            state["inv"].append(item)
            return f"taken {item}"
        case ["take", item]:
            return f"no {item} here"
        case ["take", *items] if len(items) > 1:
            return " / ".join(command(f"take {i}") for i in items)
        case ["drop", item] if item in state["inv"]:
            state["inv"].remove(item)
            room["items"].append(item)
            return f"dropped {item}"
        case ["inventory" | "i"]:
            return f"carrying {state['inv'] or 'nothing'}"
        case []:
            return "say something"
        case [verb, *_]:
            return f"I don't know how to {verb!r}"
script = ["look", "e", "go north", "look", "take key", "s", "take the lamp", "n", "look", "take key book",
          "i", "go south", "east", "look", "drop lamp", "look", "dance wildly", "", "w", "take lamp"]
for line in script:
    print(f"> {line:16} {command(line)}")
print(state)
