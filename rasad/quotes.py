def find_quotes(article, sentences, linked, kb):
    return []
