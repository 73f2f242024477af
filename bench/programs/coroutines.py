# Generator-based coroutines driven by hand: primed consumers fed with
# send(), a push pipeline (parse -> filter -> aggregate), a round-robin
# scheduler of cooperative tasks that exchange messages through mailboxes,
# values returned through StopIteration.value and `yield from` delegation,
# throw() for cancellation and close() with finally blocks.


def primed(func):
    def start(*args, **kwargs):
        co = func(*args, **kwargs)
        next(co)
        return co
    start.__name__ = func.__name__
    return start


@primed
def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            return count, average
        total += value
        count += 1
        average = total / count


@primed
def tokenizer(target):
    """Receives text lines, sends (key, value) pairs downstream."""
    while True:
        line = yield
        for field in line.split(";"):
            if "=" in field:
                key, _, value = field.partition("=")
                target.send((key.strip(), int(value)))


@primed
def threshold(target, limit):
    while True:
        key, value = yield
        if value >= limit:
            target.send((key, value))


@primed
def aggregator(totals):
    try:
        while True:
            key, value = yield
            totals[key] = totals.get(key, 0) + value
    finally:
        totals["<closed>"] = totals.get("<closed>", 0) + 1


def run_pipeline(lines):
    totals = {}
    sink = aggregator(totals)
    head = tokenizer(threshold(sink, 20))
    for line in lines:
        head.send(line)
    head.close()
    sink.close()
    return totals


def make_lines(n, seed):
    keys = ["alpha", "beta", "gamma", "delta", "eps"]
    x = seed
    lines = []
    for i in range(n):
        fields = []
        for j in range(4):
            x = (x * 69069 + 1) & 0xFFFFFFFF
            fields.append("%s=%d" % (keys[(x >> 10) % 5], (x >> 16) % 100))
        lines.append(" ; ".join(fields))
    return lines


class Cancelled(Exception):
    pass


def accumulate(limit):
    """A sub-coroutine: sums values sent to it until the sum passes limit."""
    total = 0
    steps = 0
    while total < limit:
        value = yield ("need", limit - total)
        total += value
        steps += 1
    return total, steps


def worker(name, mailbox, log):
    """Task: repeatedly delegates to accumulate() and reports the result."""
    rounds = 0
    try:
        while True:
            total, steps = yield from accumulate(50 + 13 * (rounds % 5))
            rounds += 1
            mailbox.append((name, total, steps))
    except Cancelled:
        log.append("%s cancelled after %d rounds" % (name, rounds))
        return rounds


class Scheduler(object):
    def __init__(self, seed):
        self.tasks = []
        self.state = seed
        self.sends = 0

    def rand(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 4) % n

    def spawn(self, co):
        request = next(co)
        self.tasks.append([co, request])

    def run(self, ticks):
        for tick in range(ticks):
            entry = self.tasks[tick % len(self.tasks)]
            co, request = entry
            kind, need = request
            value = 1 + self.rand(min(need, 30) + 5)
            entry[1] = co.send(value)
            self.sends += 1

    def cancel_all(self):
        results = []
        for co, _ in self.tasks:
            try:
                co.throw(Cancelled())
            except StopIteration as stop:
                results.append(stop.value)
        return results


def main():
    checksum = 0
    for seed in range(1, 13):
        totals = run_pipeline(make_lines(10000, seed))
        line = ", ".join("%s=%d" % (k, totals[k]) for k in sorted(totals))
        print("pipeline %d: %s" % (seed, line))
        for k in sorted(totals):
            checksum = (checksum * 31 + totals[k] + len(k)) % 1000000007

    avg = averager()
    for i in range(1, 600001):
        avg.send(i % 97)
    try:
        avg.send(None)
    except StopIteration as stop:
        count, mean = stop.value
    print("averager count=%d mean=%.6f" % (count, mean))
    checksum = (checksum + count + int(mean * 1000)) % 1000000007

    sched = Scheduler(2024)
    mailbox = []
    log = []
    for i in range(12):
        sched.spawn(worker("w%02d" % i, mailbox, log))
    sched.run(600000)
    rounds = sched.cancel_all()
    per_worker = {}
    for name, total, steps in mailbox:
        t, s = per_worker.get(name, (0, 0))
        per_worker[name] = (t + total, s + steps)
    for name in sorted(per_worker):
        t, s = per_worker[name]
        checksum = (checksum * 17 + t * 3 + s) % 1000000007
    print("scheduler sends=%d messages=%d rounds=%s" % (sched.sends, len(mailbox), rounds))
    print(log[0], "...", log[-1])
    print("coroutines checksum", checksum)


main()
