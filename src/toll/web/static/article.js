/*
 * The article page without this script already links each highlight's tag (#t-c1)
 * to its entry in the list (#c1) and back. This adds what plain anchors cannot: the
 * whole sentence of the item in view is outlined, not only its tag, and hovering an
 * entry in the list outlines its sentence in the text.
 */
(function () {
  "use strict";

  /* The claim or statement id an anchor names: "t-c1" and "c1" both give "c1". */
  function itemOf(hash) {
    var id = decodeURIComponent((hash || "").replace(/^#/, ""));
    return id.indexOf("t-") === 0 ? id.slice(2) : id;
  }

  function outline(id, on) {
    document.querySelectorAll("#text mark[data-items]").forEach(function (mark) {
      var items = mark.getAttribute("data-items").split(" ");
      if (items.indexOf(id) !== -1) { mark.classList.toggle("active", on); }
    });
  }

  var current = null;

  function follow() {
    if (current) { outline(current, false); }
    current = itemOf(location.hash);
    if (current) { outline(current, true); }
  }

  document.querySelectorAll(".entry").forEach(function (entry) {
    entry.addEventListener("mouseenter", function () { outline(entry.id, true); });
    entry.addEventListener("mouseleave", function () { if (entry.id !== current) { outline(entry.id, false); } });
  });
  window.addEventListener("hashchange", follow);
  follow();
}());
