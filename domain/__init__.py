"""The statutory process: case facts, the rule table and the clock plan. No Prefect, no I/O."""
