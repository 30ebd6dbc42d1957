def fuse_new(store, article_ids, kb):
    return None
