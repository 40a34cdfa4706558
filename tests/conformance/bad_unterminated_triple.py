a = 1
b = """triple
quoted
never closed
