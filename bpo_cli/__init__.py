"""bpo: a command-line career advisor for business process outsourcing jobs."""

__version__ = "0.1.0"
