# bisect: insertion points, insort, key= (3.10+), grading example.
import bisect
a = [1, 2, 4, 4, 4, 7, 9]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 4), bisect.bisect_left(a, 0), bisect.bisect_right(a, 10), bisect.bisect_left(a, 5), bisect.bisect(a, 4, 0, 3))
bisect.insort(a, 5); bisect.insort_left(a, 4); bisect.insort_right(a, 0)
print(a)
def grade(score, breakpoints=(60, 70, 80, 90), grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in (33, 99, 77, 70, 89, 90, 100, 60)])
records = [("amy", 21), ("bob", 25), ("cy", 30)]
print(bisect.bisect_left(records, 25, key=lambda r: r[1]), bisect.bisect_right(records, 21, key=lambda r: r[1]))
bisect.insort(records, ("di", 27), key=lambda r: r[1])
print(records)
try:
    bisect.bisect([1], 1, -1)
except ValueError as e:
    print(type(e).__name__, e)
