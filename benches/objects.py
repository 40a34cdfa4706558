# bench: kind=cpu
# Method-call-heavy object code: small classes, attribute reads and writes,
# bound method calls, a subclass calling super(), and a __init__ per object.


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def scaled(self, k):
        return Vec(self.x * k, self.y * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0
        self.moves = 0

    def deposit(self, amount):
        self.balance += amount
        self.moves += 1

    def withdraw(self, amount):
        if amount > self.balance:
            return False
        self.balance -= amount
        self.moves += 1
        return True


class Savings(Account):
    def __init__(self, owner, rate):
        super().__init__(owner)
        self.rate = rate

    def deposit(self, amount):
        super().deposit(amount + amount // self.rate)


def vectors(n):
    acc = Vec(0, 0)
    step = Vec(1, 2)
    for i in range(n):
        acc = acc.add(step.scaled(i % 3))
        if acc.dot(step) > 1000000:
            acc = Vec(acc.y % 7, acc.x % 11)
    return acc.x, acc.y


def bank(n):
    accounts = [Account("plain"), Savings("saver", 20), Savings("hoarder", 5)]
    refused = 0
    for i in range(n):
        acct = accounts[i % 3]
        acct.deposit(i % 50)
        if not acct.withdraw(i % 70):
            refused += 1
    return [(a.owner, a.balance, a.moves) for a in accounts], refused


def main():
    print("vectors", vectors(400000))
    summary, refused = bank(400000)
    print("bank", summary, refused)


main()
