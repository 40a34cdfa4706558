class Oops(Exception):
    def __str__(self):
        return "custom message\nwith two lines"
raise Oops()
