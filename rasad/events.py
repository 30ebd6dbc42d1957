def code_events(article, sentences, linked, kb):
    return []
