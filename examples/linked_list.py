# linked_list.py: a doubly linked list is full of reference cycles
# (node.next.prev is node), so reference counting alone cannot free it.
import gc


class Node:
    def __init__(self, value):
        self.value = value
        self.prev = None
        self.next = None


class LinkedList:
    def __init__(self):
        self.head = None
        self.tail = None
        self.size = 0

    def append(self, value):
        node = Node(value)
        if self.tail is None:
            self.head = self.tail = node
        else:
            node.prev = self.tail
            self.tail.next = node
            self.tail = node
        self.size += 1

    def __iter__(self):
        node = self.head
        while node is not None:
            yield node.value
            node = node.next


gc.disable()  # collect by hand below, so the moment of collection is visible
items = LinkedList()
for word in "the quick brown fox jumps over the lazy dog".split():
    items.append(word)
print(" ".join(items), f"({items.size} nodes)")

del items  # the list object goes, but the nodes keep each other alive
found = gc.collect()  # the cyclic GC finds the unreachable nodes
print("unreachable objects found by gc.collect():", found)
gc.enable()
