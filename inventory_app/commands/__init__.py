"""One module per command line command: plain logic plus a few lines of argparse."""
