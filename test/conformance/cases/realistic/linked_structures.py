# A singly linked list and a binary search tree, both iterable through generators.
class Node:
    __slots__ = ("value", "next")

    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for item in reversed(list(items)):
            self.push(item)

    def push(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def pop(self):
        if self.head is None:
            raise IndexError("pop from empty LinkedList")
        node = self.head
        self.head = node.next
        self.size -= 1
        return node.value

    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next

    def __len__(self):
        return self.size

    def __repr__(self):
        return "LinkedList([" + " -> ".join(map(repr, self)) + "])"

    def reverse(self):
        prev = None
        node = self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev
        return self


class BST:
    class _Node:
        def __init__(self, key):
            self.key = key
            self.left = self.right = None

    def __init__(self):
        self.root = None
        self.count = 0

    def insert(self, key):
        if self.root is None:
            self.root = self._Node(key)
        else:
            node = self.root
            while True:
                if key == node.key:
                    return False
                side = "left" if key < node.key else "right"
                child = getattr(node, side)
                if child is None:
                    setattr(node, side, self._Node(key))
                    break
                node = child
        self.count += 1
        return True

    def __contains__(self, key):
        node = self.root
        while node:
            if key == node.key:
                return True
            node = node.left if key < node.key else node.right
        return False

    def inorder(self, node="start"):
        if node == "start":
            node = self.root
        if node is not None:
            yield from self.inorder(node.left)
            yield node.key
            yield from self.inorder(node.right)

    def levels(self):
        level = [self.root] if self.root else []
        while level:
            yield [n.key for n in level]
            level = [c for n in level for c in (n.left, n.right) if c]

    def height(self, node="start"):
        if node == "start":
            node = self.root
        return 0 if node is None else 1 + max(self.height(node.left), self.height(node.right))


ll = LinkedList([1, 2, 3])
ll.push(0)
print(ll, len(ll), list(ll), sum(ll), 2 in ll)
print(ll.reverse(), ll.pop(), ll)
empty = LinkedList()
try:
    empty.pop()
except IndexError as e:
    print(type(e).__name__, e)
tree = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 30]:
    print(k, "inserted" if tree.insert(k) else "duplicate", end="; ")
print()
print(list(tree.inorder()), tree.count, tree.height())
print(list(tree.levels()))
print([k in tree for k in (35, 36, 80, 10)])
gen = tree.inorder()
print(next(gen), next(gen), [k for k in gen if k % 20 == 0])
words = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    words.insert(w)
print(list(words.inorder()), words.height())
