# Exception notes (add_note) are printed after the message; the last line is the last note.
def validate(age):
    if age < 0:
        err = ValueError(f"age must be non-negative, got {age}")
        err.add_note("hint: ages are counted in whole years")
        err.add_note("record id: 42")
        raise err
    return age
print(validate(5))
validate(-1)
