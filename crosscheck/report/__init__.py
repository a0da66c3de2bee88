"""Views of one Report: JSON (the crosscheck/1 contract) and, later, terminal, markdown, CSV."""
