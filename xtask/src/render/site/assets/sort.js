// The order of a catalogue page's index (table#codes): the document's, by
// name, or by a platform's values. The page is in the document's order and
// its order buttons are hidden; this script shows them. The order chosen is
// the URL's `sort` parameter (`?sort=name`, `?sort=linux`), so a link or a
// reload keeps it, and so does the link to the other language's catalogue;
// nothing is stored. Each row carries its keys: `data-name` and one
// `data-<platform>` value per platform that reports the code. Rows without a
// value come last; ties keep the document's order.
"use strict";

(function () {
  function start() {
    const table = document.getElementById("codes");
    const group = document.querySelector(".order[role=group]");
    if (!table || !group) return;
    const body = table.tBodies[0];
    const documentOrder = Array.from(body.rows);
    const buttons = Array.from(group.querySelectorAll("button[data-sort]"));
    const keys = buttons.map(function (button) {
      return button.dataset.sort;
    });

    // The order's key named in the URL, or "" (the document's order).
    function fromUrl() {
      const key = new URLSearchParams(window.location.search).get("sort") || "";
      return keys.includes(key) ? key : "";
    }

    function sorted(key) {
      if (key === "") return documentOrder;
      const rank = new Map(
        documentOrder.map(function (row, index) {
          return [row, index];
        }),
      );
      const compare =
        key === "name"
          ? function (a, b) {
              const x = a.dataset.name;
              const y = b.dataset.name;
              return x < y ? -1 : x > y ? 1 : 0;
            }
          : function (a, b) {
              const x = a.getAttribute("data-" + key);
              const y = b.getAttribute("data-" + key);
              // A row without a value goes after every row with one.
              if (x === null || y === null) return (x === null) - (y === null);
              return Number(x) - Number(y);
            };
      return documentOrder.slice().sort(function (a, b) {
        return compare(a, b) || rank.get(a) - rank.get(b);
      });
    }

    // `url` with `?sort=` saying `key`, every other part kept.
    function withOrder(url, key) {
      const next = new URL(url);
      if (key === "") next.searchParams.delete("sort");
      else next.searchParams.set("sort", key);
      return next;
    }

    function show(key) {
      body.append.apply(body, sorted(key));
      // The same catalogue in the other language opens in the same order.
      for (const link of document.querySelectorAll("a.switch[href]")) {
        link.href = withOrder(link.href, key).href;
      }
      for (const button of buttons) {
        button.setAttribute("aria-pressed", String(button.dataset.sort === key));
      }
      for (const header of table.tHead.querySelectorAll("th[data-sort]")) {
        if (header.dataset.sort === key) header.setAttribute("aria-sort", "ascending");
        else header.removeAttribute("aria-sort");
      }
    }

    group.addEventListener("click", function (event) {
      const button = event.target.closest("button[data-sort]");
      if (!button) return;
      const key = button.dataset.sort;
      show(key);
      try {
        window.history.replaceState(window.history.state, "", withOrder(window.location.href, key));
      } catch (error) {
        // A browser that refuses to change a file:// URL still shows the order.
      }
    });

    show(fromUrl());
    group.hidden = false;
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
