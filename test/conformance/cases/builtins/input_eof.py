# input() with empty stdin raises EOFError; the prompt is still written.
print("before")
try:
    value = input("prompt> ")
except EOFError as e:
    print()
    print(type(e).__name__, repr(str(e)))
import sys
print(sys.stdin.read() == "", sys.stdin.readline() == "")
