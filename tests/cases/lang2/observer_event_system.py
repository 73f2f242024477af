# Observer pattern: subjects with typed subscriptions, unsubscribe tokens, and error isolation.
class Subscription:
    def __init__(self, subject, topic, fn):
        self.subject, self.topic, self.fn, self.active = subject, topic, fn, True
    def cancel(self):
        if not self.active:
            raise RuntimeError(f"subscription to {self.topic!r} already cancelled")
        self.subject._subs[self.topic].remove(self)
        self.active = False
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        self.cancel()
class Subject:
    def __init__(self, name):
        self.name, self._subs, self.errors = name, {}, []
    def subscribe(self, topic, fn=None):
        if fn is None:
            return lambda f: (self.subscribe(topic, f), f)[1]
        sub = Subscription(self, topic, fn)
        self._subs.setdefault(topic, []).append(sub)
        return sub
    def publish(self, topic, *args):
        delivered = 0
        for sub in list(self._subs.get(topic, [])) + list(self._subs.get("*", [])):
            try:
                sub.fn(topic, *args)
                delivered += 1
            except Exception as e:
                self.errors.append(f"{getattr(sub.fn, '__name__', '?')}: {type(e).__name__}: {e}")
        return delivered
store = Subject("store")
seen = []
@store.subscribe("price")
def on_price(topic, item, price):
    seen.append(f"{item}={price}")
@store.subscribe("*")
def audit(topic, *args):
    seen.append(f"audit:{topic}{args}")
def fragile(topic, item, price):
    if price < 0:
        raise ValueError(f"negative price for {item}")
sub = store.subscribe("price", fragile)
print(store.publish("price", "tea", 3), store.publish("price", "jam", -1), store.publish("stock", "tea"))
print(seen)
print(store.errors)
sub.cancel()
try:
    sub.cancel()
except RuntimeError as e:
    print(type(e).__name__, e)
print(store.publish("price", "jam", -2), store.errors[-1:])
with store.subscribe("stock", lambda t, i: seen.append(f"temp {i}")) as temp:
    store.publish("stock", "milk")
store.publish("stock", "bread")
print(seen[-3:], temp.active, sorted(store._subs), [len(v) for k, v in sorted(store._subs.items())])
