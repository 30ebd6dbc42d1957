"""Persian text utilities every stage shares: letter and ZWNJ normalisation with offset maps, sentences, dates,
regular expressions with a time budget, hashes and MinHash signatures. Nothing here knows about articles."""
