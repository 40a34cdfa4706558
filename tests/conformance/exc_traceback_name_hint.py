counter_total = 5
def report():
    return conter_total + 1
report()
