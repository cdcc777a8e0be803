/*
 * Small progressive enhancements. Every page works without this file:
 * - the highlights gallery opens photos in a dialog instead of following the link to the image;
 * - the agenda gets a filter box that hides sessions not matching the words typed.
 */
(function () {
  "use strict";

  document.documentElement.classList.replace("no-js", "js");
  // The page's language's strings (core/templatetags/script_strings.py); English where a page has none.
  var stringsBlock = document.getElementById("script-strings");
  var strings = stringsBlock ? JSON.parse(stringsBlock.textContent) : {};
  function text(key, english) {
    return strings[key] || english;
  }
  function escapeAttribute(value) {
    return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  }

  function setUpGallery(gallery) {
    var links = Array.prototype.slice.call(gallery.querySelectorAll("[data-gallery-full]"));
    if (!links.length || typeof HTMLDialogElement !== "function") {
      return;
    }
    var current = 0;
    var dialog = null;
    var image = null;
    var caption = null;

    // Built on first use, so pages carry no empty <img> until a photo is opened.
    function buildDialog() {
      dialog = document.createElement("dialog");
      dialog.className = "lightbox";
      dialog.setAttribute("aria-label", text("photoViewer", "Photo viewer"));
      dialog.innerHTML =
        '<img class="lightbox__image" alt="">' +
        '<div class="lightbox__bar">' +
        '<button type="button" class="lightbox__button" data-step="-1" aria-label="' + escapeAttribute(text("previousPhoto", "Previous photo")) + '">←</button>' +
        '<p class="lightbox__caption" aria-live="polite"></p>' +
        '<button type="button" class="lightbox__button" data-step="1" aria-label="' + escapeAttribute(text("nextPhoto", "Next photo")) + '">→</button>' +
        '<button type="button" class="lightbox__button" data-close aria-label="' + escapeAttribute(text("close", "Close")) + '">✕</button>' +
        "</div>";
      document.body.appendChild(dialog);
      image = dialog.querySelector(".lightbox__image");
      caption = dialog.querySelector(".lightbox__caption");
      dialog.addEventListener("click", function (event) {
        var target = event.target;
        if (target === dialog || target.hasAttribute("data-close")) {
          dialog.close();
        } else if (target.hasAttribute("data-step")) {
          show(current + Number(target.getAttribute("data-step")));
        }
      });
      dialog.addEventListener("keydown", function (event) {
        if (event.key === "ArrowRight") {
          show(current + 1);
        } else if (event.key === "ArrowLeft") {
          show(current - 1);
        }
      });
    }

    function show(index) {
      current = (index + links.length) % links.length;
      var link = links[current];
      image.src = link.getAttribute("data-gallery-full");
      image.alt = link.getAttribute("data-gallery-caption") || "";
      caption.textContent = (current + 1) + " / " + links.length + " · " + (link.getAttribute("data-gallery-caption") || "");
    }

    links.forEach(function (link, index) {
      link.addEventListener("click", function (event) {
        event.preventDefault();
        if (!dialog) {
          buildDialog();
        }
        show(index);
        dialog.showModal();
      });
    });
  }

  function setUpAgendaFilter(agenda) {
    var header = agenda.querySelector(".section__header");
    var items = Array.prototype.slice.call(agenda.querySelectorAll(".agenda-list > li"));
    if (!header || items.length < 4) {
      return;
    }
    var form = document.createElement("div");
    form.className = "agenda-filter";
    form.setAttribute("role", "search");
    form.innerHTML =
      '<div><label for="agenda-filter-input"></label>' +
      '<input id="agenda-filter-input" type="search" autocomplete="off"></div>' +
      '<p class="agenda-filter__status" aria-live="polite"></p>';
    header.appendChild(form);
    var input = form.querySelector("input");
    form.querySelector("label").textContent = text("filterAgenda", "Filter the agenda");
    input.placeholder = text("filterPlaceholder", "Topic, speaker or company");
    var status = form.querySelector(".agenda-filter__status");
    var texts = items.map(function (item) {
      return item.textContent.toLowerCase();
    });

    input.addEventListener("input", function () {
      var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      var shown = 0;
      items.forEach(function (item, index) {
        var match = words.every(function (word) {
          return texts[index].indexOf(word) !== -1;
        });
        item.hidden = !match;
        shown += match ? 1 : 0;
      });
      agenda.querySelectorAll(".agenda-track, .agenda-day").forEach(function (group) {
        group.hidden = !group.querySelector(".agenda-list > li:not([hidden])");
      });
      status.textContent = words.length
        ? text("filterStatus", "%(shown)s of %(total)s sessions")
            .replace("%(shown)s", shown)
            .replace("%(total)s", items.length)
        : "";
    });
  }

  document.querySelectorAll("[data-gallery]").forEach(setUpGallery);
  document.querySelectorAll(".agenda").forEach(setUpAgendaFilter);
})();
