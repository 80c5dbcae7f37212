// Search over the catalogue in window.WMKC_NET_ERR_SEARCH_INDEX (loaded
// before this script). It needs no server and no other host: it works from
// file:// as well as over HTTP.
//
// A query is split on spaces; every term must match. Per term, best first:
// a code, full code or native symbol (any case); a number that is a code's
// own value, then a value it shares with the code that value decodes to; the
// start of a code or symbol; a Chinese term inside the Chinese text (or most
// of its character pairs); a word that starts a word of the summary, then of
// the English text. Ties keep the catalogue's order.
"use strict";

(function () {
  const index = window.WMKC_NET_ERR_SEARCH_INDEX || [];
  const MAX_RESULTS = 12;
  const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

  function words(text) {
    return text.toLowerCase().split(/[^a-z0-9_]+/).filter(Boolean);
  }

  // Precomputed once: upper-case names and the words of the English texts.
  const records = index.map(function (record, order) {
    return {
      record: record,
      order: order,
      names: [record.name, record.code].concat(record.symbols).map(function (s) {
        return s.toUpperCase();
      }),
      summaryWords: words(record.summary),
      enWords: words(record.en),
    };
  });

  function pairs(text) {
    const chars = Array.from(text);
    const out = [];
    for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
    return out;
  }

  function termScore(entry, term) {
    const upper = term.toUpperCase();
    const record = entry.record;
    if (entry.names.includes(upper)) return 1000;
    if (/^[0-9]+$/.test(term)) {
      const value = Number(term);
      if (record.values.includes(value)) return 900;
      if (record.aliasValues.includes(value)) return 800;
      return 0;
    }
    if (/^[A-Za-z][A-Za-z0-9_]*$/.test(term) && upper.length >= 2) {
      const prefix = entry.names.some(function (name) {
        return name.startsWith(upper);
      });
      if (prefix && upper === term) return 600;
    }
    if (CJK.test(term)) {
      if (record.zh.includes(term)) return 400;
      const want = pairs(term);
      if (want.length < 2) return 0;
      const found = want.filter(function (pair) {
        return record.zh.includes(pair);
      }).length;
      return found * 2 >= want.length ? Math.round((300 * found) / want.length) : 0;
    }
    const lower = term.toLowerCase();
    const starts = function (word) {
      return word.startsWith(lower);
    };
    if (entry.summaryWords.some(starts)) return 300;
    const inText = entry.enWords.filter(starts).length;
    if (inText > 0) return 100 + Math.min(inText, 10);
    if (entry.names.some(function (name) {
      return name.startsWith(upper);
    })) return 50;
    return 0;
  }

  function search(query) {
    const terms = query.trim().split(/\s+/).filter(Boolean);
    if (terms.length === 0) return [];
    const scored = [];
    for (const entry of records) {
      let total = 0;
      for (const term of terms) {
        const score = termScore(entry, term);
        if (score === 0) {
          total = 0;
          break;
        }
        total += score;
      }
      if (total > 0) scored.push({ entry: entry, score: total });
    }
    scored.sort(function (a, b) {
      return b.score - a.score || a.entry.order - b.entry.order;
    });
    return scored.slice(0, MAX_RESULTS).map(function (item) {
      return item.entry.record;
    });
  }

  function firstSentence(text) {
    const line = text.split("\n")[0];
    const end = line.indexOf("。");
    return end >= 0 ? line.slice(0, end + 1) : line;
  }

  function link(root, language, record, text) {
    const a = document.createElement("a");
    a.href = root + language + "/" + record.name + ".html";
    a.dataset.code = record.name;
    a.hreflang = language === "zh" ? "zh-CN" : "en";
    a.append(text);
    return a;
  }

  function render(form, results, query) {
    const body = document.body;
    const root = body.dataset.root || "";
    const language = body.dataset.results || "";
    const list = form.querySelector(".results");
    const none = form.querySelector(".no-results");
    list.replaceChildren();
    for (const record of results) {
      const item = document.createElement("li");
      const name = document.createElement("code");
      name.textContent = record.name;
      const text = document.createElement("span");
      text.className = "text";
      text.textContent = language === "zh" ? firstSentence(record.zh) : record.summary;
      const main = link(root, language || "en", record, name);
      main.append(text);
      item.append(main);
      if (!language) {
        // The landing page is in both languages: offer the Chinese page too.
        const other = link(root, "zh", record, firstSentence(record.zh));
        other.lang = "zh-CN";
        other.className = "other";
        item.append(other);
      }
      list.append(item);
    }
    list.hidden = results.length === 0;
    none.hidden = results.length !== 0 || query.trim() === "";
  }

  function start() {
    const form = document.querySelector("form.search");
    if (!form) return;
    const input = form.querySelector("input[type=search]");
    const update = function () {
      render(form, search(input.value), input.value);
    };
    input.addEventListener("input", update);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      const first = form.querySelector(".results a");
      if (first) window.location.href = first.href;
    });
    input.addEventListener("keydown", function (event) {
      if (event.key === "Escape") {
        input.value = "";
        update();
      }
    });
    // `?q=…` fills the box, so a search can be linked to.
    const query = new URLSearchParams(window.location.search).get("q");
    if (query) {
      input.value = query;
      update();
    }
  }

  window.wmkcNetErrSearch = search;
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
