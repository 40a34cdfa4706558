def counter(start=0, *, step=1):
    count = start

    def increment():
        nonlocal count
        count += step
        return count

    return increment


class Worker(Base, metaclass=Meta):
    """Runs things."""

    limit: int = 3

    def __init__(self, name):
        super().__init__()
        self.__name = name

    @property
    def name(self):
        return self.__name

    def run(self):
        return [lambda: self.name for _ in range(self.limit)]


def outer():
    value = 1

    class Inner:
        seen = value

        def get(self):
            return value

    return Inner
