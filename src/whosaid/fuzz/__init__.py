"""The fuzz suite of issue 17: generated inputs of every kind whosaid reads (``generators``),
run through a long-lived worker process (``worker``) by ``runner``: ``make fuzz N=10000``."""
