print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1 == 1, 1 == 1 != 2)
def v(x):
    print("eval", x)
    return x
print(v(1) < v(0) < v(5))
print(v(1) < v(2) < v(3))
print(1 < 2 > 1, 5 >= 5 <= 5)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, "b") > (1, "a"), "abc" < "abd", "Z" < "a")
print([] == [], [1] == [1.0], (1,) == [1], {1: 2} == {1: 2}, {1} == frozenset({1}))
print(1 == 1.0, 1 == True, 0 == False, 0.1 + 0.2 == 0.3, float("nan") == float("nan"))
nan = float("nan")
l = [nan]
print(nan in l, l == l, [nan] == [nan])
print(None == None, None == 0, None is None, 1 != None)
def err(f):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
err(lambda: 1 < "a")
err(lambda: [1] < (1,))
err(lambda: None < None)
err(lambda: {} < {})
err(lambda: {1} < {1, 2})
err(lambda: "a" >= 3)
err(lambda: object() < object())
print(2 ** 70 > 2.0 ** 69, 10 ** 20 == 1e20, 10 ** 23 == 1e23, -0.0 == 0)
print(True < 2, (1, 2) <= (1, 2), [3] > [2, 9])
