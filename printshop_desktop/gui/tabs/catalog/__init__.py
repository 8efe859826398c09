"""The Catalog tab: models (designs) with their designer, licence and variants."""
