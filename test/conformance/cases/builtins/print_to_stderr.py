# Output on both streams: stdout is compared exactly; the last stderr line is compared.
import sys
print("to stdout 1")
print("warning: something odd", file=sys.stderr)
print("to stdout 2")
sys.stderr.write("final stderr line\n")
print("to stdout 3")
