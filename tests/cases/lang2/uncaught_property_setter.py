# A validating property setter raising on bad input from a config loop ends the program.
class Server:
    def __init__(self, port):
        self.port = port
    @property
    def port(self):
        return self._port
    @port.setter
    def port(self, value):
        if not isinstance(value, int):
            raise TypeError(f"port must be int, got {type(value).__name__}")
        if not 0 < value < 65536:
            raise ValueError(f"port {value} out of range 1-65535")
        self._port = value
configs = [8080, 443, "22", 70000]
for c in configs[:2]:
    print(Server(c).port)
try:
    Server(configs[2])
except TypeError as e:
    print("skipping:", e)
s = Server(1)
s.port = configs[3]
