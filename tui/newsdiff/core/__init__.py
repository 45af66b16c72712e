"""Pure analysis: loading, segmentation, scoring, alignment, quotes. No Textual or Rich here."""
