"""Read models for the web pages: what each page shows, scoped to the person signed in."""
