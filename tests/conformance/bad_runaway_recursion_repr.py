class Node:
    def __init__(self, child):
        self.child = child
    def __repr__(self):
        return f"Node({self.child!r})"
n = None
for _ in range(5000):
    n = Node(n)
print("built")
print(repr(n))
