# heapq: push/pop ordering, heapify, nlargest/nsmallest, merge, tuples as priorities.
import heapq
h = []
for v in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, v)
print(h, heapq.heappop(h), heapq.heappop(h), h)
data = [9, 4, 7, 1, 8, 2, 6]
heapq.heapify(data)
print(data, [heapq.heappop(data) for _ in range(len(data))])
nums = [15, 3, 99, 42, 7, 3, 64]
print(heapq.nlargest(3, nums), heapq.nsmallest(3, nums), heapq.nlargest(2, ["bb", "a", "ccc"], key=len), heapq.nsmallest(10, [2, 1]))
h2 = [1, 5, 9]
print(heapq.heappushpop(h2, 3), h2, heapq.heapreplace(h2, 0), h2)
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])), list(heapq.merge(["c", "a"], ["b"], key=str, reverse=False)))
tasks = []
heapq.heappush(tasks, (2, "write"))
heapq.heappush(tasks, (1, "plan"))
heapq.heappush(tasks, (3, "ship"))
heapq.heappush(tasks, (1, "coffee"))
print([heapq.heappop(tasks) for _ in range(4)])
try:
    heapq.heappop([])
except IndexError as e:
    print(type(e).__name__, e)
try:
    heapq.heappush([1], "a")
except TypeError as e:
    print(type(e).__name__, e)
