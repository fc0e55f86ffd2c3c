"""House-prep batches: made, labelled, drawn oldest first, traced, discarded."""
