"""Items, suppliers and locations: what the bar stocks and where it stands."""
