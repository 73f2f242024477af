# An exception whose __str__ builds a multi-line report: only the last stderr line is compared.
class ValidationReport(Exception):
    def __init__(self, errors):
        super().__init__(errors)
        self.errors = errors
    def __str__(self):
        lines = [f"{len(self.errors)} validation error(s):"]
        lines += [f"  - {field}: {msg}" for field, msg in self.errors]
        return "\n".join(lines)
def validate(user):
    errors = []
    if not user.get("email", "").count("@") == 1:
        errors.append(("email", "must contain exactly one @"))
    if len(user.get("password", "")) < 8:
        errors.append(("password", "too short"))
    if errors:
        raise ValidationReport(errors)
    return True
print(validate({"email": "a@b", "password": "longenough"}))
try:
    validate({"email": "ab"})
except ValidationReport as e:
    print(str(e))
    print(e.args)
validate({"email": "a@@b", "password": "short"})
