# A signal's Python handler runs within a few iterations of a loop that makes no calls.
import os
import signal

hits = []
signal.signal(signal.SIGUSR1, lambda signum, frame: hits.append(signum))
os.kill(os.getpid(), signal.SIGUSR1)
i = 0
while not hits:
    i += 1
print(hits == [signal.SIGUSR1], i < 100)

count = 0
for k in range(10):
    if k == 3:
        os.kill(os.getpid(), signal.SIGUSR1)
    count += 1
print(len(hits), count)
