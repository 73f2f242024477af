# Money transfers across accounts with a rollback journal, custom errors with notes, and audit trail.
class BankError(Exception):
    pass
class InsufficientFunds(BankError):
    def __init__(self, account, balance, amount):
        super().__init__(f"{account}: balance {balance} < {amount}")
        self.account, self.shortfall = account, amount - balance
class FrozenAccount(BankError):
    pass
class Bank:
    def __init__(self, balances, frozen=()):
        self.balances, self.frozen, self.audit = dict(balances), set(frozen), []
    def _debit(self, acct, amt):
        if acct in self.frozen:
            raise FrozenAccount(f"{acct} is frozen")
        if self.balances[acct] < amt:
            raise InsufficientFunds(acct, self.balances[acct], amt)
        self.balances[acct] -= amt
    def _credit(self, acct, amt):
        if acct in self.frozen:
            raise FrozenAccount(f"{acct} is frozen")
        self.balances[acct] += amt
    def batch(self, transfers):
        journal = []
        try:
            for i, (src, dst, amt) in enumerate(transfers):
                try:
                    self._debit(src, amt)
                    journal.append((self._credit, src, amt))
                    self._credit(dst, amt)
                    journal.append((self._debit, dst, amt))
                except BankError as e:
                    e.add_note(f"transfer #{i}: {src} -> {dst} ({amt})")
                    raise
        except BankError as e:
            for undo, acct, amt in reversed(journal):
                self.balances[acct] += amt if undo == self._credit else -amt
            self.audit.append(f"rolled back {len(journal)} steps: {type(e).__name__}")
            raise
        else:
            self.audit.append(f"committed {len(transfers)} transfers")
        finally:
            self.audit.append(f"balances {sorted(self.balances.items())}")
bank = Bank({"a": 100, "b": 50, "c": 0}, frozen={"z"})
bank.balances["z"] = 10
batches = [[("a", "b", 30), ("b", "c", 60)], [("a", "c", 10), ("c", "a", 500)], [("b", "a", 5), ("a", "z", 1)],
           [("a", "q", 1)]]
for batch in batches:
    try:
        bank.batch(batch)
        print("ok", bank.balances)
    except InsufficientFunds as e:
        print(type(e).__name__, e, e.shortfall, e.__notes__)
    except BankError as e:
        print(type(e).__name__, e, e.__notes__)
    except KeyError as e:
        print("unknown account", e)
print("\n".join(bank.audit))
