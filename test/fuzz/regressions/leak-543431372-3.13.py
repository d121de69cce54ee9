# fuzz regression: property=leak kind=mutated seed=543431372 version=3.13
# from: errors/uncaught_with_notes (delete-token)
# problem when found:
#   6 object(s) still alive after shutdown with nothing left to free them; e.g. function (refcount 1), list (refcount 1)
def validate(age):
        err = ValueError(f"age must be non-negative, got {age}")
        err.add_note()
validate(-1)
