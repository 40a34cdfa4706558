def make_validator(limit):
    def validate(x):
        if x > limit:
            raise OverflowError(f"{x} exceeds {limit}")
        return x
    return validate
check = make_validator(10)
print([check(v) for v in (1, 5, 10)])
results = list(map(check, [3, 11]))
