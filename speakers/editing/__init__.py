"""Admin tools for editors: choosers that find people and organisations by any spelling."""
