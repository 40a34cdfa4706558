class Config:
    def __init__(self):
        self.values = {}
    def port(self):
        return self.vales["port"]
Config().port()
