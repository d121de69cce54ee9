# A discrete-event scheduler built on heapq: priorities, stable ordering, cancellation, periodic events.
import heapq
import itertools


class Scheduler:
    def __init__(self):
        self.queue = []
        self.counter = itertools.count()
        self.now = 0
        self.cancelled = set()
        self.trace = []

    def at(self, time, action, *args, priority=0, name=None):
        if time < self.now:
            raise ValueError(f"cannot schedule in the past ({time} < {self.now})")
        seq = next(self.counter)
        heapq.heappush(self.queue, (time, priority, seq, name or action.__name__, action, args))
        return seq

    def after(self, delay, action, *args, **kw):
        return self.at(self.now + delay, action, *args, **kw)

    def cancel(self, seq):
        self.cancelled.add(seq)

    def run(self, until=None):
        handled = 0
        while self.queue:
            time, priority, seq, name, action, args = self.queue[0]
            if until is not None and time > until:
                break
            heapq.heappop(self.queue)
            if seq in self.cancelled:
                self.trace.append(f"t={time} skip {name}#{seq}")
                continue
            self.now = time
            self.trace.append(f"t={time} p={priority} {name}#{seq}")
            try:
                action(self, *args)
            except Exception as e:
                self.trace.append(f"t={time} {name} failed: {type(e).__name__}: {e}")
            handled += 1
        return handled


log = []


def say(s, text):
    log.append((s.now, text))


def periodic(s, label, every, remaining):
    log.append((s.now, f"{label} tick {remaining}"))
    if remaining > 1:
        s.after(every, periodic, label, every, remaining - 1, name=f"periodic-{label}")


def boom(s):
    raise RuntimeError("event handler crashed")


def spawner(s, n):
    for i in range(n):
        s.after(i + 1, say, f"spawned {i}", priority=-i)


sched = Scheduler()
sched.at(5, say, "five")
sched.at(1, say, "one (low priority)", priority=5)
sched.at(1, say, "one (high priority)", priority=-1)
sched.at(1, say, "one (same priority, later seq)", priority=5)
doomed = sched.at(3, say, "should be cancelled")
sched.at(2, periodic, "heartbeat", 3, 4)
sched.at(4, boom)
sched.at(6, spawner, 3)
sched.cancel(doomed)
print("handled until 6:", sched.run(until=6), "now", sched.now, "pending", len(sched.queue))
try:
    sched.at(2, say, "too late")
except ValueError as e:
    print(type(e).__name__, e)
print("handled rest:", sched.run(), "now", sched.now)
for t, text in log:
    print(f"{t:>3} {text}")
print("\n".join(sched.trace))
per_time = {t: len(list(g)) for t, g in itertools.groupby(t for t, _ in log)}
print("last time:", max(per_time), "events per time:", per_time, "busiest:", max(per_time, key=per_time.get))
