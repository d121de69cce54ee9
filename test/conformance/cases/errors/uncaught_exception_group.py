# conformance: compare-stderr=full
# ExceptionGroup raised and partially handled with except*; the rest propagates.
def run():
    raise ExceptionGroup("several failures", [ValueError("bad value"), TypeError("bad type"), KeyError("k")])
try:
    run()
except* ValueError as eg:
    print("handled", [str(e) for e in eg.exceptions])
except* KeyError as eg:
    print("handled keys", [repr(e) for e in eg.exceptions])
print("not reached")
