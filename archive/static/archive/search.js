/*
 * The archive's search page (archive/search.py): Pagefind's interface over the archive's own index,
 * started with the words of `?q=` that the header's search form sends. Opened from disk, browsers do
 * not let Pagefind load its index; there the page loads the pages' text written beside it
 * (archive/offline_search.py) and keeps the pages whose title or text holds every word of the query.
 */
(function () {
  "use strict";

  var box = document.querySelector("[data-archive-search]");
  if (!box) {
    return;
  }
  var query = new URLSearchParams(window.location.search).get("q") || "";

  if (window.location.protocol === "file:" || typeof window.PagefindUI !== "function") {
    searchOffline(document.querySelector("[data-archive-search-offline]"), query);
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
  if (query) {
    search.triggerSearch(query);
  }

  function searchOffline(panel, words) {
    panel.hidden = false;
    panel.querySelector("input[name=q]").value = words;
    var script = document.createElement("script");
    script.src = panel.getAttribute("data-offline-index");
    script.onload = function () {
      showResults(panel, window.archiveOfflineIndex || [], words);
    };
    document.head.appendChild(script);
  }

  function showResults(panel, pages, words) {
    var terms = words.toLocaleLowerCase().split(/\s+/).filter(Boolean);
    var status = panel.querySelector("[data-archive-offline-status]");
    var list = panel.querySelector("[data-archive-offline-results]");
    if (!terms.length) {
      return;
    }
    var found = pages.filter(function (page) {
      var haystack = (page.title + " " + page.text).toLocaleLowerCase();
      return terms.every(function (term) { return haystack.indexOf(term) !== -1; });
    });
    status.textContent = found.length === 1 ? "1 page found." : found.length + " pages found.";
    found.forEach(function (page) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = page.url;
      link.textContent = page.title;
      item.appendChild(link);
      var excerpt = document.createElement("p");
      excerpt.textContent = excerptAround(page.text, terms[0]);
      item.appendChild(excerpt);
      list.appendChild(item);
    });
  }

  function excerptAround(text, term) {
    var at = Math.max(0, text.toLocaleLowerCase().indexOf(term));
    var start = Math.max(0, at - 80);
    return (start > 0 ? "\u2026" : "") + text.slice(start, at + 160) + (at + 160 < text.length ? "\u2026" : "");
  }
})();
