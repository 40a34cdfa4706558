def load(path):
    with open(path) as f:
        return f.read()
load("no_such_input_file.cfg")
