# NameError with a suggestion for a similar name.
counter = 10
def bump():
    return countr + 1
print(bump())
