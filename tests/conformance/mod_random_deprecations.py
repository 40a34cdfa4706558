# randrange with float arguments: CPython 3.11's DeprecationWarnings, blamed on the caller (randint's are not shown).
import random
random.seed(1)
print(random.randrange(10.0))
print(random.randint(1.0, 5.0) in range(1, 6))
r = random.Random(3)
print(r.randrange(0, 10.0, 2.0))
for i in range(2):
    try:
        random.randrange(1.5)
    except ValueError as e:
        print(e)
import warnings
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        random.randrange(2.0)
    except DeprecationWarning as e:
        print('error:', e)
