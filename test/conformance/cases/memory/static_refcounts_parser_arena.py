# What the parser and the compiler keep referenced while the script runs (visible on 3.11; 3.12+ report
# immortal counts): a number's object once per parse attempt, the one-byte texts of tokens, the empty
# bytes fields of code objects, the True that __debug__ folds to.
import sys

first = 17
second, third = 18, 19
values = [20, 21]
print(sys.getrefcount(17), sys.getrefcount(18), sys.getrefcount(19), sys.getrefcount(20))
label = f"{22}-{first}"  # a comment ends this line
print(sys.getrefcount(22), sys.getrefcount(b""), sys.getrefcount(b"("), sys.getrefcount(b"#"))


def gen():
    yield 23


print(sys.getrefcount(23), sys.getrefcount(bytes()), __debug__, sys.getrefcount(True))
