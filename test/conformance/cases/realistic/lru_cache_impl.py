# A hand-written LRU cache (dict + doubly linked list) compared against functools.lru_cache.
import functools


class _Entry:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key=None, value=None):
        self.key = key
        self.value = value
        self.prev = self.next = None


class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.map = {}
        self.head = _Entry()
        self.tail = _Entry()
        self.head.next = self.tail
        self.tail.prev = self.head
        self.hits = self.misses = self.evictions = 0

    def _unlink(self, e):
        e.prev.next = e.next
        e.next.prev = e.prev

    def _push_front(self, e):
        e.next = self.head.next
        e.prev = self.head
        self.head.next.prev = e
        self.head.next = e

    def get(self, key, default=None):
        e = self.map.get(key)
        if e is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(e)
        self._push_front(e)
        return e.value

    def put(self, key, value):
        e = self.map.get(key)
        if e is not None:
            e.value = value
            self._unlink(e)
            self._push_front(e)
            return None
        if len(self.map) >= self.capacity:
            victim = self.tail.prev
            self._unlink(victim)
            del self.map[victim.key]
            self.evictions += 1
            evicted = victim.key
        else:
            evicted = None
        e = _Entry(key, value)
        self.map[key] = e
        self._push_front(e)
        return evicted

    def keys(self):
        e = self.head.next
        while e is not self.tail:
            yield e.key
            e = e.next

    def __len__(self):
        return len(self.map)

    def __repr__(self):
        return f"LRUCache({list(self.keys())}, hits={self.hits}, misses={self.misses}, evictions={self.evictions})"


cache = LRUCache(3)
for k in "abc":
    cache.put(k, k.upper())
print(cache)
print(cache.get("a"), cache.get("z", "?"), cache)
print("evicted:", cache.put("d", "D"), cache)
print("evicted:", cache.put("c", "C2"), cache)
print("evicted:", cache.put("e", "E"), list(cache.keys()), len(cache))
try:
    LRUCache(0)
except ValueError as e:
    print(type(e).__name__, e)


def memoize(capacity):
    def deco(fn):
        store = LRUCache(capacity)

        @functools.wraps(fn)
        def wrapper(n):
            missing = object()
            v = store.get(n, missing)
            if v is missing:
                v = fn(n)
                store.put(n, v)
            return v
        wrapper.store = store
        return wrapper
    return deco


@memoize(capacity=4)
def slow_square(n):
    return n * n


@functools.lru_cache(maxsize=4)
def ref_square(n):
    return n * n


pattern = [1, 2, 3, 1, 4, 5, 1, 2, 6, 1, 3, 3]
print([slow_square(n) for n in pattern] == [ref_square(n) for n in pattern])
print(slow_square.store, ref_square.cache_info())
print(slow_square.__name__, list(slow_square.store.keys()))
