"""All SQL of the project, one module per table family."""
