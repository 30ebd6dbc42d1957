"""Stage 7, watch: follow outlets' RSS/Atom feeds, ingest each new article through the pipeline, and alert on the
fused events that match an analyst's rules (`rasad watch`)."""

from rasad.watch.feeds import Feed, feeds_from_urls, load_feeds
from rasad.watch.fetch import Fetcher, FetchSettings
from rasad.watch.rounds import RoundReport, Session, run_round, watch
from rasad.watch.rules import WatchRules, load_rules

__all__ = ["Feed", "FetchSettings", "Fetcher", "RoundReport", "Session", "WatchRules", "feeds_from_urls",
           "load_feeds", "load_rules", "run_round", "watch"]
