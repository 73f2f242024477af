# A discrete-event simulation with heapq and ordered dataclasses (tie-breaking by sequence number).
import heapq
import itertools
from dataclasses import dataclass, field
@dataclass(order=True)
class Event:
    time: int
    seq: int
    kind: str = field(compare=False)
    customer: str = field(compare=False)
class Bank:
    def __init__(self, tellers):
        self.free = tellers
        self.queue = []
        self.events = []
        self.counter = itertools.count()
        self.log = []
        self.waits = {}
    def schedule(self, time, kind, customer):
        heapq.heappush(self.events, Event(time, next(self.counter), kind, customer))
    def run(self, service):
        while self.events:
            ev = heapq.heappop(self.events)
            match ev.kind:
                case "arrive":
                    if self.free:
                        self.free -= 1
                        self.waits[ev.customer] = 0
                        self.schedule(ev.time + service[ev.customer], "leave", ev.customer)
                    else:
                        self.queue.append((ev.customer, ev.time))
                case "leave":
                    if self.queue:
                        nxt, arrived = self.queue.pop(0)
                        self.waits[nxt] = ev.time - arrived
                        self.schedule(ev.time + service[nxt], "leave", nxt)
                    else:
                        self.free += 1
            self.log.append(f"t={ev.time:>2} {ev.kind:6} {ev.customer} free={self.free} queue={[c for c, _ in self.queue]}")
bank = Bank(tellers=2)
arrivals = [(0, "ann"), (1, "bob"), (2, "cy"), (2, "dee"), (3, "eve"), (10, "fay")]
service = {"ann": 5, "bob": 3, "cy": 4, "dee": 1, "eve": 2, "fay": 1}
for t, c in arrivals:
    bank.schedule(t, "arrive", c)
bank.run(service)
print("\n".join(bank.log))
print(bank.waits, sum(bank.waits.values()) / len(bank.waits))
print(Event(1, 0, "a", "x") < Event(1, 1, "b", "y"), Event(1, 0, "a", "x") == Event(1, 0, "zzz", "q"))
h = []
for e in [Event(3, 0, "k", "c"), Event(1, 1, "k", "a"), Event(1, 2, "k", "b")]:
    heapq.heappush(h, e)
print([heapq.heappop(h).customer for _ in range(3)], heapq.nsmallest(2, [5, 1, 4, 2]))
