# sys.exit with an int code: output before it is kept, finally blocks run, exit status is the code.
import sys
print("about to exit")
try:
    sys.exit(3)
finally:
    print("finally still runs")
print("never printed")
