// kroniek web UI: small progressive enhancements; every page works without it.
(function () {
  "use strict";
  // Selects marked autosubmit send their form on change.
  document.querySelectorAll("select.autosubmit").forEach(function (sel) {
    sel.addEventListener("change", function () { if (sel.form) sel.form.submit(); });
  });
  // "/" focuses the search box, as on many sites.
  document.addEventListener("keydown", function (e) {
    var t = e.target;
    if (e.key === "/" && !(t instanceof HTMLInputElement || t instanceof HTMLTextAreaElement || t instanceof HTMLSelectElement)) {
      var q = document.getElementById("topq");
      if (q) { e.preventDefault(); q.focus(); q.select(); }
    }
  });
  // Legend checkboxes switch highlight layers of the article text.
  document.querySelectorAll("[data-toggle]").forEach(function (box) {
    box.addEventListener("change", function () {
      document.body.classList.toggle("off-" + box.getAttribute("data-toggle"), !box.checked);
    });
  });
})();
