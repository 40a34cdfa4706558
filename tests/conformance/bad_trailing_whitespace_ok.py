def f():
    return



   
