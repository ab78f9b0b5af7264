"""newsdesk: explore what news articles say — people, quotes, meetings and timelines as pandas frames.

>>> import newsdesk as nd
>>> corpus = nd.load_corpus("seeds")
"""
from .corpus import Corpus, load_corpus
from . import plots, views
from .text import split_sentences

__version__ = "0.1.0"
__all__ = ["Corpus", "load_corpus", "plots", "split_sentences", "views", "__version__"]
