"""Read models that cross domains: dashboard, stock listing, the timeline of everything."""
