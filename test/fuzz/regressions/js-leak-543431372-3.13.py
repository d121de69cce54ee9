# fuzz regression: property=js-leak kind=mutated seed=543431372 version=3.13
# from: errors/uncaught_with_notes (delete-token)
# problem when found:
#   stderr shows a JavaScript error:
#   heapscope internal error: TypeError: Cannot read properties of null (reading 'ob_type')
def validate(age):
        err = ValueError(f"age must be non-negative, got {age}")
        err.add_note()
validate(-1)
