"""Reports' part of every page's <head>: canonical and permanent links, Open Graph, feeds, JSON-LD."""

from wagtail import hooks

from core.page_head import PAGE_HEAD_HOOK


@hooks.register(PAGE_HEAD_HOOK)
def head_metadata(context):
    """templates/sharing/head_meta.html with the page's context, as an include would render it."""
    template = context.template.engine.get_template("sharing/head_meta.html")
    with context.push():
        return template.render(context)
