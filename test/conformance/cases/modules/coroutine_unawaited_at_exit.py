# conformance: compare-stderr=full
# A coroutine that never ran warns when it is freed: during the run the warning names the line that dropped
# it; one still referenced at exit is freed while the modules are torn down, with no frame left and the
# warnings module no longer importable, so CPython's C fallback reports it as "sys:1" ("<sys>:0" on 3.13).
import sys


async def fetch(x):
    return x


fetch(1)
print("after the dropped one")

pending = fetch(2)
print(sys.getrefcount(pending))


async def main():
    return await fetch(3)


c = main()
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
print("end")
