# Markers are elided when the failing expression spans the whole line; calls get ~~~^^^ in 3.13.
# conformance: compare-stderr=full
class Box:
    def open(self, n):
        raise ValueError(f"cannot open {n}")

def unwrap(box):
    result = box.open(3)
    return result

def outer():
    b = Box()
    return unwrap(b)

outer()
