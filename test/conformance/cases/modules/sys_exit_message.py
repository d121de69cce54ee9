# sys.exit with a string: the message goes to stderr and the exit status is 1.
import sys
try:
    sys.exit(0)
except SystemExit as e:
    print("caught SystemExit", repr(e.code), e.args)
print("continuing")
sys.exit("fatal: giving up")
