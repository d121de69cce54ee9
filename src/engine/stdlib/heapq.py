"""Heap queue algorithm (a.k.a. priority queue), heapscope stdlib.

Heaps are lists for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for all k.
Only the < operator is ever used to compare items, in the same order as
CPython's heapq, so ties and custom __lt__ methods behave identically.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _check(heap, fname, nargs=1):
    if not isinstance(heap, list):
        raise TypeError('%s() argument%s must be list, not %s'
                        % (fname, ' 1' if nargs > 1 else '', type(heap).__name__))


# Sifting.  "down" moves an item from pos towards the root (start);
# "up" moves the item at pos to a leaf, then back down into place.

def _siftdown(heap, start, pos):
    item = heap[pos]
    while pos > start:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if item < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = item


def _siftup(heap, pos):
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _siftdown(heap, start, pos)


def _siftdown_max(heap, start, pos):
    item = heap[pos]
    while pos > start:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if parent < item:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = item


def _siftup_max(heap, pos):
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _siftdown_max(heap, start, pos)


def heappush(heap, item, /):
    """Push item onto heap, maintaining the heap invariant."""
    _check(heap, 'heappush', 2)
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap, /):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    _check(heap, 'heappop')
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if heap:
        top = heap[0]
        heap[0] = last
        _siftup(heap, 0)
        return top
    return last


def heapreplace(heap, item, /):
    """Pop and return the current smallest value, and add the new item."""
    _check(heap, 'heapreplace', 2)
    if not heap:
        raise IndexError('index out of range')
    top = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return top


def heappushpop(heap, item, /):
    """Fast version of a heappush followed by a heappop."""
    _check(heap, 'heappushpop', 2)
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def heapify(heap, /):
    """Transform list into a heap, in-place, in O(len(heap)) time."""
    _check(heap, 'heapify')
    for i in range(len(heap) // 2 - 1, -1, -1):
        _siftup(heap, i)


def _heapify_max(heap, /):
    _check(heap, '_heapify_max')
    for i in range(len(heap) // 2 - 1, -1, -1):
        _siftup_max(heap, i)


def _heapreplace_max(heap, item, /):
    _check(heap, '_heapreplace_max', 2)
    if not heap:
        raise IndexError('index out of range')
    top = heap[0]
    heap[0] = item
    _siftup_max(heap, 0)
    return top


def _heappop_max(heap, /):
    _check(heap, '_heappop_max')
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if heap:
        top = heap[0]
        heap[0] = last
        _siftup_max(heap, 0)
        return top
    return last


def merge(*iterables, key=None, reverse=False):
    """Merge multiple sorted inputs into a single sorted output.

    >>> list(merge([1,3,5,7], [0,2,4,8], [5,10,15,20], [], [25]))
    [0, 1, 2, 3, 4, 5, 5, 7, 8, 10, 15, 20, 25]
    """
    # Heap entries are [sortkey, order, value, iterator]; ``order`` (the index
    # of the input, negated when reversed) makes ties stable.
    if reverse:
        make, pop, replace, sign = _heapify_max, _heappop_max, _heapreplace_max, -1
    else:
        make, pop, replace, sign = heapify, heappop, heapreplace, 1
    heap = []
    for order, it in enumerate(map(iter, iterables)):
        try:
            value = next(it)
        except StopIteration:
            continue
        if key is None:
            heap.append([value, order * sign, it])
        else:
            heap.append([key(value), order * sign, value, it])
    make(heap)
    vi = 0 if key is None else 2
    while len(heap) > 1:
        try:
            while True:
                entry = heap[0]
                yield entry[vi]
                value = next(entry[-1])
                if key is None:
                    entry[0] = value
                else:
                    entry[0] = key(value)
                    entry[2] = value
                replace(heap, entry)
        except StopIteration:
            pop(heap)
    if heap:
        entry = heap[0]
        yield entry[vi]
        yield from entry[-1]


def _nselect(n, iterable, key, largest):
    # Keeps the n best items seen so far in a heap whose root is the worst of
    # them.  Items are decorated with a counter so equal items keep input order.
    if n == 1:
        sentinel = object()
        pick = max if largest else min
        res = pick(iter(iterable), default=sentinel, key=key)
        return [] if res is sentinel else [res]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=largest)[:n]
    it = iter(iterable)
    step = -1 if largest else 1
    counter = range(0, -n, -1) if largest else range(n)
    if key is None:
        res = [(elem, i) for i, elem in zip(counter, it)]
    else:
        res = [(key(elem), i, elem) for i, elem in zip(counter, it)]
    if not res:
        return res
    if largest:
        heapify(res)
        replace = heapreplace
    else:
        _heapify_max(res)
        replace = _heapreplace_max
    top = res[0][0]
    order = n * step
    for elem in it:
        k = elem if key is None else key(elem)
        if (top < k) if largest else (k < top):
            replace(res, (elem, order) if key is None else (k, order, elem))
            top = res[0][0]
            order += step
    res.sort(reverse=largest)
    return [t[-1] if key is not None else t[0] for t in res]


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key)[:n]
    """
    return _nselect(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]
    """
    return _nselect(n, iterable, key, True)
