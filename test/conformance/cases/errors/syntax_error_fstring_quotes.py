# PEP 701: reusing the same quotes inside an f-string is a SyntaxError on 3.11 only.
names = ["ann", "bob"]
print(f"{", ".join(names)}")
print(f"{names[0]!r:>{len(names) + 5}}")
