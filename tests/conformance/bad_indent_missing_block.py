class A:

def g():
    pass
