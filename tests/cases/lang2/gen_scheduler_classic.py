# A classic generator-based task scheduler (pre-async): system calls via yield, task ids, wait/kill.
from collections import deque
class SysCall:
    def handle(self, sched, task):
        raise NotImplementedError
class GetTid(SysCall):
    def handle(self, sched, task):
        task.sendval = task.tid
        sched.schedule(task)
class NewTask(SysCall):
    def __init__(self, target):
        self.target = target
    def handle(self, sched, task):
        task.sendval = sched.new(self.target)
        sched.schedule(task)
class WaitTask(SysCall):
    def __init__(self, tid):
        self.tid = tid
    def handle(self, sched, task):
        if self.tid in sched.tasks:
            sched.waiting.setdefault(self.tid, []).append(task)
        else:
            task.sendval = False
            sched.schedule(task)
class KillTask(SysCall):
    def __init__(self, tid):
        self.tid = tid
    def handle(self, sched, task):
        victim = sched.tasks.get(self.tid)
        if victim:
            victim.target.close()
        task.sendval = victim is not None
        sched.schedule(task)
class Task:
    def __init__(self, tid, target):
        self.tid, self.target, self.sendval = tid, target, None
    def run(self):
        return self.target.send(self.sendval)
class Scheduler:
    def __init__(self):
        self.ready, self.tasks, self.waiting, self.next_tid, self.log = deque(), {}, {}, 1, []
    def new(self, target):
        t = Task(self.next_tid, target)
        self.next_tid += 1
        self.tasks[t.tid] = t
        self.schedule(t)
        return t.tid
    def schedule(self, task):
        self.ready.append(task)
    def exit(self, task):
        del self.tasks[task.tid]
        self.log.append(f"task {task.tid} exit")
        for w in self.waiting.pop(task.tid, []):
            w.sendval = True
            self.schedule(w)
    def mainloop(self):
        while self.tasks:
            task = self.ready.popleft()
            try:
                result = task.run()
            except StopIteration:
                self.exit(task)
                continue
            if isinstance(result, SysCall):
                result.handle(self, task)
            else:
                self.schedule(task)
def worker(name, n):
    tid = yield GetTid()
    try:
        for i in range(n):
            sched.log.append(f"{name}({tid}) step {i}")
            yield
    finally:
        sched.log.append(f"{name}({tid}) cleanup")
def forever():
    while True:
        yield
def main():
    a = yield NewTask(worker("a", 2))
    f = yield NewTask(forever())
    ok = yield WaitTask(a)
    sched.log.append(f"main: a finished -> {ok}")
    killed = yield KillTask(f)
    sched.log.append(f"main: killed forever -> {killed}")
    yield
    missing = yield WaitTask(99)
    sched.log.append(f"main: wait missing -> {missing}")
sched = Scheduler()
sched.new(main())
sched.mainloop()
print("\n".join(sched.log))
