"""Share-card images: a 1200 x 630 PNG per page for Open Graph and Twitter cards.

`content` decides what a card says, `render` draws it, `service` stores it in media storage,
`tasks` and `signals` regenerate it when a page is published, `views` serves it at /p/<id>/card.png.
"""
