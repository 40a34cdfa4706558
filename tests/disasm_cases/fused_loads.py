# Attribute loads, method loads and stores on parameters fuse with the local
# load; an augmented assignment does when its operand is a constant or a name
# (nothing can rebind the receiver between its two loads); a parameter that
# `del` or `except ... as` unbinds never does.


class Counter:
    def bump(self, step):
        self.count += step
        self.last = step
        self.count += self.total(step)
        return self.total(step) + self.count


def dropped(obj, flag):
    if flag:
        del obj
    return obj.name


def handler(err):
    try:
        pass
    except Exception as err:
        pass
    return err.args


def local_receiver():
    box = Counter()
    return box.count
