"""claimcheck's accuracy benchmark on real text (see bench/accuracy/README.md)."""
