# Millions of reference cycles created and dropped: the cycle collector keeps memory flat.
import gc


def rss_kb():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


class Node:
    def __init__(self, payload):
        self.payload = payload
        self.peer = None


def churn(n):
    for i in range(n):
        a = Node([i])
        b = Node((a,))
        a.peer = b
        b.peer = a
        lst = [a, b]
        lst.append(lst)


churn(100_000)
base = rss_kb()
churn(2_000_000)
grown = rss_kb() - base
print("flat memory:", grown < 30_000)
print("enabled:", gc.isenabled())
gc.collect()
