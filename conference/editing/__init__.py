"""Admin tools for writing a conference report: progress, scheduling, copying an edition."""
