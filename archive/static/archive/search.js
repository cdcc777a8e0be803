/*
 * The archive's search page (archive/search.py): Pagefind's interface over the archive's own index,
 * started with the words of `?q=` that the header's search form sends. Opened from disk, browsers do
 * not let Pagefind load its index, so the page shows its note and the list of every page instead.
 */
(function () {
  "use strict";

  var box = document.querySelector("[data-archive-search]");
  if (!box) {
    return;
  }
  if (window.location.protocol === "file:" || typeof window.PagefindUI !== "function") {
    document.querySelector("[data-archive-search-offline]").hidden = false;
    return;
  }
  // The archive's root is the folder above search/, whatever path prefix the server puts before it.
  var root = new URL("../", window.location.href).pathname;
  var search = new window.PagefindUI({
    element: box,
    bundlePath: root + "pagefind/",
    baseUrl: root,
    showImages: false,
    showSubResults: true
  });
  var query = new URLSearchParams(window.location.search).get("q");
  if (query) {
    search.triggerSearch(query);
  }
})();
