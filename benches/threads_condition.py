# bench: kind=threads
# Two threads play ping-pong through a Condition: 20,000 round trips.
import threading

ROUNDS = 20_000
cond = threading.Condition()
turn = ["ping"]


def player(me, other):
    for _ in range(ROUNDS):
        with cond:
            while turn[0] != me:
                cond.wait()
            turn[0] = other
            cond.notify()


a = threading.Thread(target=player, args=("ping", "pong"))
b = threading.Thread(target=player, args=("pong", "ping"))
a.start()
b.start()
a.join()
b.join()
print(turn[0], ROUNDS)
