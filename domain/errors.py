"""Why a command was refused. Each message is one line: what is wrong and what to do."""


class CommandRefused(ValueError):
    """A command that changed nothing; the message says why and how to proceed."""


class NotPermitted(CommandRefused):
    """The actor's role may not run this command."""


class WrongState(CommandRefused):
    """The case is not in a state where this command fits."""


class NotFound(CommandRefused):
    """No such case, clock or notice."""
