# A small operating-system kernel simulation in the style of the classic
# "Richards" benchmark: a priority scheduler runs an idle task, worker tasks,
# packet handlers and devices that pass message packets to each other through
# linked queues.  Classes with inheritance and overridden methods, attribute
# access on many objects, linked lists, small integer state machines.

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
NUM_TASKS = 6

KIND_DEVICE = 0
KIND_WORK = 1

DATA_SIZE = 4


class Packet(object):
    def __init__(self, link, owner, kind):
        self.link = link
        self.owner = owner
        self.kind = kind
        self.count = 0
        self.data = [0] * DATA_SIZE

    def enqueue_on(self, head):
        """Append this packet at the end of the queue `head`; return new head."""
        self.link = None
        if head is None:
            return self
        node = head
        while node.link is not None:
            node = node.link
        node.link = self
        return head


class TaskState(object):
    """Flags of a task: held (never runs until released), waiting (runs only
    when a packet is queued for it) and has_packet (its queue is non-empty)."""

    def __init__(self):
        self.has_packet = False
        self.waiting = False
        self.held = False

    def wait(self):
        self.waiting = True
        return self

    def is_suspended(self):
        return self.held or (self.waiting and not self.has_packet)

    def state_name(self):
        if self.held:
            return "held"
        if self.has_packet:
            return "ready+packet" if not self.waiting else "waiting+packet"
        return "waiting" if self.waiting else "ready"


class Task(TaskState):
    def __init__(self, kernel, ident, priority, queue):
        TaskState.__init__(self)
        self.kernel = kernel
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.has_packet = queue is not None
        self.next = kernel.task_list
        kernel.task_list = self
        kernel.tasks[ident] = self

    def run(self, packet):
        raise NotImplementedError

    def take_packet(self):
        """Pop the first packet of the queue (the task is about to run)."""
        packet = self.queue
        self.queue = packet.link
        self.has_packet = self.queue is not None
        return packet

    def receive(self, packet, sender):
        """A packet arrives; return the task that should run next."""
        if self.queue is None:
            self.queue = packet
            self.has_packet = True
            if self.priority > sender.priority:
                return self
        else:
            self.queue = packet.enqueue_on(self.queue)
        return sender


class IdleTask(Task):
    def __init__(self, kernel, ident, priority, seed, rounds):
        Task.__init__(self, kernel, ident, priority, None)
        self.seed = seed
        self.rounds = rounds

    def run(self, packet):
        self.rounds -= 1
        if self.rounds == 0:
            return self.kernel.hold_self()
        # a linear-feedback style shift decides which device to wake
        if self.seed & 1 == 0:
            self.seed >>= 1
            return self.kernel.release(DEVICE_A)
        self.seed = (self.seed >> 1) ^ 0xD008
        return self.kernel.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, kernel, ident, priority, queue):
        Task.__init__(self, kernel, ident, priority, queue)
        self.target = HANDLER_A
        self.letter = 0
        self.wait()

    def run(self, packet):
        if packet is None:
            return self.kernel.wait_self()
        self.target = HANDLER_B if self.target == HANDLER_A else HANDLER_A
        packet.owner = self.target
        packet.count = 0
        data = packet.data
        for i in range(DATA_SIZE):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            data[i] = self.letter
        return self.kernel.send(packet)


class HandlerTask(Task):
    def __init__(self, kernel, ident, priority, queue):
        Task.__init__(self, kernel, ident, priority, queue)
        self.work_queue = None
        self.device_queue = None
        self.wait()

    def run(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work_queue = packet.enqueue_on(self.work_queue)
            else:
                self.device_queue = packet.enqueue_on(self.device_queue)
        work = self.work_queue
        if work is not None:
            index = work.count
            if index < DATA_SIZE:
                device = self.device_queue
                if device is not None:
                    self.device_queue = device.link
                    device.count = work.data[index]
                    work.count = index + 1
                    return self.kernel.send(device)
            else:
                self.work_queue = work.link
                return self.kernel.send(work)
        return self.kernel.wait_self()


class DeviceTask(Task):
    def __init__(self, kernel, ident, priority, queue):
        Task.__init__(self, kernel, ident, priority, queue)
        self.pending = None
        self.wait()

    def run(self, packet):
        if packet is None:
            pending = self.pending
            if pending is None:
                return self.kernel.wait_self()
            self.pending = None
            return self.kernel.send(pending)
        self.pending = packet
        self.kernel.output.append(packet.count)
        return self.kernel.hold_self()


class Kernel(object):
    def __init__(self):
        self.tasks = [None] * NUM_TASKS
        self.task_list = None
        self.current = None
        self.sends = 0
        self.holds = 0
        self.switches = 0
        self.output = []

    def find(self, ident):
        task = self.tasks[ident]
        if task is None:
            raise KeyError(ident)
        return task

    def hold_self(self):
        self.holds += 1
        self.current.held = True
        return self.current.next

    def wait_self(self):
        self.current.waiting = True
        return self.current

    def release(self, ident):
        task = self.find(ident)
        task.held = False
        if task.priority > self.current.priority:
            return task
        return self.current

    def send(self, packet):
        target = self.find(packet.owner)
        self.sends += 1
        packet.link = None
        packet.owner = self.current.ident
        return target.receive(packet, self.current)

    def schedule(self):
        task = self.task_list
        while task is not None:
            if task.is_suspended():
                task = task.next
                continue
            packet = task.take_packet() if task.has_packet else None
            task.waiting = False
            self.current = task
            self.switches += 1
            task = task.run(packet)


def build_and_run(rounds, seed):
    kernel = Kernel()
    IdleTask(kernel, IDLE, 0, seed, rounds)

    queue = Packet(None, WORKER, KIND_WORK)
    queue = Packet(queue, WORKER, KIND_WORK)
    WorkerTask(kernel, WORKER, 1000, queue)

    queue = Packet(None, DEVICE_A, KIND_DEVICE)
    queue = Packet(queue, DEVICE_A, KIND_DEVICE)
    queue = Packet(queue, DEVICE_A, KIND_DEVICE)
    HandlerTask(kernel, HANDLER_A, 2000, queue)

    queue = Packet(None, DEVICE_B, KIND_DEVICE)
    queue = Packet(queue, DEVICE_B, KIND_DEVICE)
    queue = Packet(queue, DEVICE_B, KIND_DEVICE)
    HandlerTask(kernel, HANDLER_B, 3000, queue)

    DeviceTask(kernel, DEVICE_A, 4000, None)
    DeviceTask(kernel, DEVICE_B, 5000, None)

    kernel.schedule()
    return kernel


def main():
    total = 0
    for i in range(10):
        kernel = build_and_run(30000 + 1500 * i, 1 + 37 * i)
        digest = 0
        for value in kernel.output:
            digest = (digest * 27 + value) % 1000000007
        states = " ".join(t.state_name() for t in kernel.tasks)
        print("run %d: sends=%d holds=%d switches=%d output=%d digest=%d [%s]"
              % (i, kernel.sends, kernel.holds, kernel.switches,
                 len(kernel.output), digest, states))
        total = (total * 131 + digest + kernel.sends + kernel.holds) % 1000000007
    print("richards checksum", total)


main()
