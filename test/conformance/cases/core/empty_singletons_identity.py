# The empty tuple, str and bytes are singletons with addresses of their own: id() is an address (not 0),
# every way of making an empty one gives the same object, and the ids differ from each other.
E, S, B = (), '', b''
print(id(E) != 0, id(E) == id(tuple()), E is tuple([]), E is (1, 2)[2:])
print(len({id(E), id(S), id(B), id(None), id(0)}))
print(S is str(), B is bytes(), id(S) != 0, id(B) != 0)
t = tuple(x for x in [])
print(t is E, hash(E) == hash(t))
