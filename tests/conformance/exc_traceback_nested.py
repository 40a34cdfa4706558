class Repo:
    def find(self, key):
        return self._lookup(key)
    def _lookup(self, key):
        data = {"a": 1}
        return data[key]
def service(k):
    r = Repo()
    return r.find(k)
def main():
    print("result", service("a"))
    print("result", service("zz"))
main()
