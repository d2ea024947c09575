"""Search helpers over statement text: stemming, claim scoring, corroboration clusters."""
