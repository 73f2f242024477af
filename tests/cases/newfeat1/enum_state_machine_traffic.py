# Realistic: traffic light controller with IntEnum / StrEnum and Flag faults
from enum import IntEnum, StrEnum, Flag, auto

class Light(IntEnum):
    RED = 30
    GREEN = 25
    YELLOW = 5

    def next(self):
        order = list(Light)
        return order[(order.index(self) + 1) % len(order)]

class Mode(StrEnum):
    NORMAL = auto()
    FLASHING = auto()

class Fault(Flag):
    NONE = 0
    BULB = auto()
    SENSOR = auto()
    POWER = auto()

def simulate(seconds, faults_at):
    light, remaining, mode, faults = Light.RED, Light.RED, Mode.NORMAL, Fault.NONE
    log = []
    for t in range(seconds):
        if t in faults_at:
            faults |= faults_at[t]
            if Fault.POWER in faults or len(faults) >= 2:
                mode = Mode.FLASHING
            log.append(f"t={t} fault {faults!r} mode={mode}")
        if mode is Mode.FLASHING:
            continue
        remaining -= 1
        if remaining == 0:
            light = light.next()
            remaining = light.value
            log.append(f"t={t} -> {light.name} for {int(light)}s")
    return log, light, mode, faults

log, light, mode, faults = simulate(130, {40: Fault.BULB, 100: Fault.SENSOR})
print("\n".join(log))
print(light, repr(light), mode, repr(mode), repr(faults))
print(Light.RED > Light.GREEN, Light.YELLOW + Light.GREEN, sorted(Light))
print(Mode.NORMAL == "normal", Mode("flashing") is Mode.FLASHING, Mode.NORMAL.upper())
print(f"{Light.GREEN}", f"{Light.GREEN!r}", f"{Mode.FLASHING}", format(Light.RED, ">4"))
print([f.name for f in Fault], repr(Fault(0)), Fault.NONE.name)
try:
    Light(7)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Mode("off")
except ValueError as e:
    print(type(e).__name__, e)
