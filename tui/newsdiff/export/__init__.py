"""Writers that turn a Comparison into HTML, SVG, Markdown or JSON. No Textual here."""
