def validate(items):
    assert isinstance(items, list), "items must be a list"
    return len(items)
print(validate([1]))
validate("nope")
