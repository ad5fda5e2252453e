"""Stages 3–6 of the pipeline: segment, find mentions, read relations, resolve within the file."""
