"""The site's skeleton: the home page with its sections, the Editors and Moderators groups, the review
workflow. A migration builds it once; everything editors add lives in the content apps."""
