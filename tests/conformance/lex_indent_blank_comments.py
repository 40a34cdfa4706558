class K:
    pass
def g():
    """doc only"""
while False:
    pass
else:
    print("else")
print(g(), K.__name__)
def h():
# comment at column 0 inside a function
    return "h"



print(h())
if True:

    # blank and comment lines do not matter
        
    print("ok")
