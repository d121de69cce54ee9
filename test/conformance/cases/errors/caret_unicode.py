# Non-ASCII source: UTF-8 byte columns become character offsets; 3.13 counts wide characters twice.
# conformance: compare-stderr=full
def lookup(table):
    return table["名前"] + table["ключ"]

data = {"名前": "値"}
print(lookup(data))
