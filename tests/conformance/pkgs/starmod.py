__all__ = ["public_one", "public_two"]
public_one = 1
public_two = 2
public_three = 3
