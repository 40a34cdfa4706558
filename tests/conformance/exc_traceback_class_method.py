class Stack:
    def __init__(self):
        self.items = []
    def push(self, v):
        self.items.append(v)
    def pop(self):
        return self.items.pop()
    @classmethod
    def from_list(cls, values):
        s = cls()
        for v in values:
            s.push(v)
        return s
    @staticmethod
    def check(v):
        if v < 0:
            raise ValueError(f"negative: {v}")
        return v
s = Stack.from_list([1, 2])
print(s.pop(), s.pop())
print(Stack.check(3))
try:
    s.pop()
except IndexError as e:
    print("IndexError:", e)
Stack.check(-4)
