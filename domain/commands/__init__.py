"""Domain commands: the only way to change a case. Each checks the actor's role and commits all or nothing."""
