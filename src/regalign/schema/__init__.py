"""Record types (pydantic models), closed vocabularies and the exported JSON Schema."""
