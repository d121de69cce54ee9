# A subscript whose brackets span several lines (3.13 marks every line of it).
# conformance: compare-stderr=full
def f(s):
    return s["a"]["b"][
        "c"
    ]
f({"a": {"b": {}}})
