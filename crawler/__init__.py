"""chechnya-monitor: follow coverage of the Chechnya reports and flag new official denials and confirmations."""

__version__ = "0.1.0"
