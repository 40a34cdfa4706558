print("start")
def f():
    return



   
