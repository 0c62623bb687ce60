"""Entity finders: gazetteer matches (organisations, parties, locations, laws), persons, dates,
money."""
