# Realistic: an order-processing state machine driven by Enum members
from enum import Enum, auto

class State(Enum):
    NEW = auto()
    PAID = auto()
    SHIPPED = auto()
    DELIVERED = auto()
    CANCELLED = auto()
    REFUNDED = auto()

    @property
    def terminal(self):
        return self in (State.DELIVERED, State.REFUNDED, State.CANCELLED)

class Event(Enum):
    PAY = "pay"
    SHIP = "ship"
    DELIVER = "deliver"
    CANCEL = "cancel"
    REFUND = "refund"

TRANSITIONS = {
    (State.NEW, Event.PAY): State.PAID,
    (State.NEW, Event.CANCEL): State.CANCELLED,
    (State.PAID, Event.SHIP): State.SHIPPED,
    (State.PAID, Event.CANCEL): State.REFUNDED,
    (State.SHIPPED, Event.DELIVER): State.DELIVERED,
    (State.DELIVERED, Event.REFUND): State.REFUNDED,
}

class InvalidTransition(Exception):
    def __init__(self, state, event):
        super().__init__(f"cannot {event.value} when {state.name.lower()}")
        self.state, self.event = state, event

class Order:
    def __init__(self, oid):
        self.oid = oid
        self.state = State.NEW
        self.history = [State.NEW]

    def fire(self, event_name):
        event = Event(event_name)
        try:
            new = TRANSITIONS[(self.state, event)]
        except KeyError:
            raise InvalidTransition(self.state, event) from None
        self.state = new
        self.history.append(new)
        return new

scripts = {
    1: ["pay", "ship", "deliver"],
    2: ["pay", "cancel"],
    3: ["ship"],
    4: ["pay", "ship", "deliver", "refund", "pay"],
    5: ["cancel", "teleport"],
}
for oid, events in scripts.items():
    order = Order(oid)
    for ev in events:
        try:
            st = order.fire(ev)
        except InvalidTransition as e:
            print(f"order {oid}: {e} ({e.state!r}, {e.event!r})")
            break
        except ValueError as e:
            print(f"order {oid}: {type(e).__name__}: {e}")
            break
    print(oid, [s.name for s in order.history], order.state.terminal)

counts = {s: 0 for s in State}
for (src, ev), dst in TRANSITIONS.items():
    counts[dst] += 1
print({s.name: n for s, n in counts.items()})
print(sorted(State, key=lambda s: s.name)[:3])
print(State.PAID.value, State["SHIPPED"], State(4), len(State))
