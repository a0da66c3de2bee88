"""Views of one Report: terminal (rich), markdown, CSV and the crosscheck/1 JSON, all built from one ReportView."""
