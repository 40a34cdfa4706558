# Attribute loads and method loads on parameters fuse with the local load;
# a parameter that `del` or `except ... as` unbinds does not.


class Counter:
    def bump(self, step):
        self.count += step
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
