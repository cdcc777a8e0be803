// Copy the permanent link of a page (templates/includes/share.html).
// Without JavaScript the link stays a plain link and the button stays hidden.
(function () {
  "use strict";

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    // Older browsers and plain-HTTP sites: select a temporary field and copy it.
    return new Promise(function (resolve, reject) {
      var field = document.createElement("textarea");
      field.value = text;
      field.setAttribute("readonly", "");
      // Off screen; set through the DOM, which a strict style-src policy allows.
      field.style.position = "fixed";
      field.style.top = "-1000px";
      document.body.appendChild(field);
      field.select();
      var copied = false;
      try {
        copied = document.execCommand("copy");
      } catch (error) {
        copied = false;
      }
      document.body.removeChild(field);
      (copied ? resolve : reject)();
    });
  }

  function enhance(box) {
    var link = box.querySelector("[data-share-link]");
    var button = box.querySelector("[data-share-copy]");
    var status = box.querySelector("[data-share-status]");
    if (!link || !button || box.hasAttribute("data-share-ready")) {
      return;
    }
    box.setAttribute("data-share-ready", "");
    button.hidden = false;
    button.addEventListener("click", function () {
      copyText(link.href).then(
        function () {
          status.textContent = "Link copied";
        },
        function () {
          status.textContent = "Press Ctrl+C (or \u2318C) to copy the selected link";
          var range = document.createRange();
          range.selectNodeContents(link);
          var selection = window.getSelection();
          selection.removeAllRanges();
          selection.addRange(range);
        }
      );
    });
  }

  function init() {
    document.querySelectorAll("[data-share]").forEach(enhance);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
