# sys.getsizeof for ints of 0..many digits, negatives, bools, floats, complex, None.
import sys

for v in [0, 1, -1, 5, 255, 256, 2**30 - 1, 2**30, -(2**30), 2**60 - 1, 2**60, 2**90, 2**120, -(2**120), 10**100, 2**1000]:
    print("int", v if v < 10**12 else "2^%d-ish" % v.bit_length() if v > 0 else "-2^%d-ish" % v.bit_length(), sys.getsizeof(v))
print("int('0'):", sys.getsizeof(int("0")))
print("0 computed (5 - 5):", sys.getsizeof(5 - 5))
print("big - big == 0:", sys.getsizeof(10**30 - 10**30))
print("True:", sys.getsizeof(True))
print("False:", sys.getsizeof(False))
print("None:", sys.getsizeof(None))
print("float 0.0:", sys.getsizeof(0.0))
print("float 1e300:", sys.getsizeof(1e300))
print("float inf:", sys.getsizeof(float("inf")))
print("complex:", sys.getsizeof(1 + 2j))
print("Ellipsis:", sys.getsizeof(...))
print("NotImplemented:", sys.getsizeof(NotImplemented))
print("int.__sizeof__(7):", (7).__sizeof__())
print("int.__sizeof__(0):", (0).__sizeof__())
print("float.__sizeof__:", (1.5).__sizeof__())
print("growth by digit:", [sys.getsizeof(2 ** (30 * k)) for k in range(8)])
