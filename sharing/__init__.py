"""What a page says about itself to search engines and social networks: canonical and permanent links,
Open Graph and Twitter cards, JSON-LD, and the share-card image drawn for each page."""
