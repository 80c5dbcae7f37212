// The site's search: a faithful port of the lookup crate's rules
// (crates/lookup/src, whose `//!` states them) over the index the generator
// writes into window.WMKC_NET_ERR_SEARCH_INDEX (loaded before this script),
// then the search form's behaviour. It needs no server and no other host:
// it works from file:// as well as over HTTP.
//
// Each function of the first part mirrors the Rust function named in its
// comment; the constants (scores, lengths, word lists) come from the index
// (`rules`), so they are the Rust ones. A change to the rules is made in
// both places; xtask/tests/search_parity.rs runs both over the same queries
// and compares every hit, score and piece of evidence.
"use strict";

(function () {
  // ---- crates/lookup/src/text.rs ----

  // text::is_space: ASCII white space, the no-break and the ideographic space.
  function isSpace(c) {
    return c === " " || c === "\t" || c === "\n" || c === "\r" || c === "\u000b" || c === "\u000c" || c === "\u00a0" || c === "\u3000";
  }

  // text::is_cjk. The ranges are in the BMP: one UTF-16 unit each, so an
  // astral character (a surrogate pair) is never CJK, as in Rust.
  function isCjkUnit(u) {
    return (u >= 0x3400 && u <= 0x4dbf) || (u >= 0x4e00 && u <= 0x9fff) || (u >= 0xf900 && u <= 0xfaff);
  }

  function isCjk(c) {
    return c.length === 1 && isCjkUnit(c.charCodeAt(0));
  }

  // text::normalize: ASCII letters lower-cased, runs of spaces one space,
  // ends trimmed, one final `.` or `。` dropped.
  function normalize(text) {
    let out = "";
    let space = false;
    for (const c of text) {
      if (isSpace(c)) {
        space = true;
        continue;
      }
      if (space && out !== "") out += " ";
      space = false;
      out += c >= "A" && c <= "Z" ? c.toLowerCase() : c;
    }
    if (out.endsWith(".") || out.endsWith("\u3002")) {
      out = out.slice(0, -1).replace(/ +$/, "");
    }
    return out;
  }

  // text::is_atom_byte, on a UTF-16 unit: a non-ASCII unit is never part of
  // an atom, as a byte of a multi-byte UTF-8 character is not in Rust.
  function isAtomUnit(u) {
    return (u >= 48 && u <= 57) || (u >= 65 && u <= 90) || (u >= 97 && u <= 122) || u === 95;
  }

  // text::atoms: [start, end) ranges of the maximal runs of ASCII letters, digits and `_`.
  function atoms(text) {
    const out = [];
    let at = 0;
    while (at < text.length) {
      if (isAtomUnit(text.charCodeAt(at))) {
        const start = at;
        while (at < text.length && isAtomUnit(text.charCodeAt(at))) at++;
        out.push([start, at]);
      } else {
        at++;
      }
    }
    return out;
  }

  // text::is_numeric: digits, or `0x` and hex digits.
  function isNumeric(atom) {
    return /^[0-9]+$/.test(atom) || /^0x[0-9a-fA-F]+$/.test(atom);
  }

  // text::parse_number: at most 10 decimal digits, or `0x` and at most 8
  // hex digits; every value is exact in a JavaScript number.
  function parseNumber(atom) {
    if (atom.startsWith("0x")) {
      const hex = atom.slice(2);
      if (hex.length === 0 || hex.length > 8 || !/^[0-9a-fA-F]+$/.test(hex)) return null;
      return parseInt(hex, 16);
    }
    if (atom.length === 0 || atom.length > 10 || !/^[0-9]+$/.test(atom)) return null;
    return parseInt(atom, 10);
  }

  // text::width: two for a CJK ideograph, one for any other character.
  function width(text) {
    let total = 0;
    for (const c of text) total += isCjk(c) ? 2 : 1;
    return total;
  }

  // text::bigrams: the pairs of neighbouring characters.
  function bigrams(run) {
    const chars = Array.from(run);
    const out = [];
    for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
    return out;
  }

  // ---- crates/lookup/src/index.rs ----

  // index::is_word: long enough, not a number, not a stop word.
  function isWord(atom, rules) {
    return atom.length >= rules.minWord && !isNumeric(atom) && !rules.stopWords.includes(atom);
  }

  // ---- crates/lookup/src/search.rs ----

  const DOT = 46;
  const COLON = 58;
  const DASH = 45;
  const SLASH = 47;
  const CLOSE_BRACKET = 93;
  const OPEN_BRACKET = 91;
  const OPEN_PAREN = 40;
  const CLOSE_PAREN = 41;
  const SEPARATORS = " :=#([";

  function lowerAscii(text) {
    return text.replace(/[A-Z]+/g, function (s) {
      return s.toLowerCase();
    });
  }

  function upperAscii(text) {
    return text.replace(/[a-z]+/g, function (s) {
      return s.toUpperCase();
    });
  }

  // search::reported_on
  function reportedOn(entry, platforms) {
    return entry.natives.some(function (native) {
      return platforms.includes(native.platform);
    });
  }

  // search::word_ending_at
  function wordEndingAt(norm, end) {
    let start = end;
    while (start > 0 && isAtomUnit(norm.charCodeAt(start - 1))) start--;
    return norm.slice(start, end);
  }

  // search::word_before
  function wordBefore(norm, at) {
    let end = at;
    while (end > 0 && SEPARATORS.includes(norm[end - 1])) end--;
    return wordEndingAt(norm, end);
  }

  // search::HRESULT_WIN32
  const HRESULT_WIN32 = 0x8007;

  // search::word_after: the atom right after `end`, past spaces.
  function wordAfter(norm, end) {
    let start = end;
    while (start < norm.length && norm[start] === " ") start++;
    let stop = start;
    while (stop < norm.length && isAtomUnit(norm.charCodeAt(stop))) stop++;
    return norm.slice(start, stop);
  }

  // search::codes_of: an HRESULT from a Win32 code on Windows; `-1` nothing;
  // any other value that fits an i32 on each platform. Plain arithmetic,
  // not JavaScript's 32-bit signed bit operators.
  function codesOf(value, negated, platforms) {
    let bits = value;
    if (negated) {
      if (value === 1 || value > 2147483648) return [];
      bits = 4294967296 - value;
    }
    if (bits <= 4294967295 && Math.floor(bits / 65536) === HRESULT_WIN32) {
      const code = bits % 65536;
      return platforms
        .filter(function (p) {
          return p === "Windows";
        })
        .map(function (p) {
          return [p, code];
        });
    }
    if (value > 2147483647) return [];
    return platforms.map(function (p) {
      return [p, value];
    });
  }

  // search::numbers: the [platform, value, labelled] to try, in order,
  // without repeats (labelled wins), and whether a number other than -1 is labelled.
  function numbers(norm, platforms, rules) {
    const unit = function (i) {
      return i >= 0 && i < norm.length ? norm.charCodeAt(i) : -1;
    };
    const isAtom = function (u) {
      return u >= 0 && isAtomUnit(u);
    };
    const out = [];
    let anyLabelled = false;
    for (const [start, end] of atoms(norm)) {
      const atom = norm.slice(start, end);
      const value = parseNumber(atom);
      if (value === null) continue;
      const after = unit(end);
      if ((after === DOT || after === COLON || after === DASH || after === SLASH) && isAtom(unit(end + 1))) continue;
      let negated = false;
      let labelEnd = start;
      const b1 = unit(start - 1);
      const b2 = unit(start - 2);
      if (b1 === DASH) {
        if (!isAtom(b2)) {
          negated = true;
          labelEnd = start - 1;
        } else if (b2 >= 48 && b2 <= 57) {
          continue;
        }
      } else if ((b1 === DOT || b1 === SLASH) && isAtom(b2)) {
        continue;
      } else if (b1 === COLON) {
        if (b2 === COLON || b2 === CLOSE_BRACKET) continue;
        if (isAtom(b2) && !rules.numberLabels.includes(wordEndingAt(norm, start - 1))) continue;
      }
      const label = wordBefore(norm, labelEnd);
      if (rules.notCodes.includes(label)) continue;
      if (rules.units.includes(wordAfter(norm, end))) continue;
      const whole = norm === atom || ((norm[0] === "-" || norm[0] === "+") && norm.slice(1) === atom);
      const open = unit(labelEnd - 1);
      const close = unit(end);
      const bracketed = (open === OPEN_BRACKET && close === CLOSE_BRACKET) || (open === OPEN_PAREN && close === CLOSE_PAREN);
      const hresult = Math.floor(value / 65536) === HRESULT_WIN32;
      const labelled = whole || negated || bracketed || hresult || atom.startsWith("0x") || rules.numberLabels.includes(label);
      if (labelled && !(negated && value === 1)) anyLabelled = true;
      for (const pair of codesOf(value, negated, platforms)) {
        const known = out.find(function (p) {
          return p[0] === pair[0] && p[1] === pair[1];
        });
        if (known) known[2] = known[2] || labelled;
        else out.push([pair[0], pair[1], labelled]);
      }
    }
    return [out, anyLabelled];
  }

  // search::terms: English words and CJK runs, in order, without repeats.
  function terms(norm, rules) {
    const out = [];
    const seen = new Set();
    let at = 0;
    while (at < norm.length) {
      const u = norm.charCodeAt(at);
      const cjk = isCjkUnit(u);
      if (!cjk && !isAtomUnit(u)) {
        at++;
        continue;
      }
      const part = cjk ? isCjkUnit : isAtomUnit;
      const start = at;
      while (at < norm.length && part(norm.charCodeAt(at))) at++;
      const text = norm.slice(start, at);
      const ok = cjk ? text.length >= rules.minCjk : isWord(text, rules);
      const key = (cjk ? "c:" : "w:") + text;
      if (ok && !seen.has(key)) {
        seen.add(key);
        out.push({ cjk: cjk, text: text });
      }
    }
    return out;
  }

  // search::read_query
  function readQuery(text, platforms, rules) {
    const norm = normalize(text);
    const [found, labelled] = numbers(norm, platforms, rules);
    return {
      norm: norm,
      atoms: atoms(norm).map(function (range) {
        return norm.slice(range[0], range[1]);
      }),
      numbers: found,
      labelled: labelled,
      terms: terms(norm, rules),
    };
  }

  // search::match_name
  function matchName(entry, query, rules) {
    const key = entry.keys.find(function (k) {
      return query.atoms.includes(lowerAscii(k));
    });
    if (key !== undefined) return [rules.scores.name, 1, { as: "name", key: key, prefix: false }];
    const single = query.atoms.length === 1 && query.atoms[0] === query.norm;
    if (!single || query.norm.length < rules.minPrefix || isNumeric(query.norm)) return null;
    const start = entry.keys.find(function (k) {
      return lowerAscii(k).startsWith(query.norm);
    });
    if (start === undefined) return null;
    return [rules.scores.namePrefix, 1, { as: "name", key: start, prefix: true }];
  }

  // search::match_number
  function matchNumber(entry, query, rules) {
    const scores = rules.scores;
    let best = null;
    for (const [platform, value, labelled] of query.numbers) {
      for (const native of entry.natives) {
        if (native.platform !== platform || native.value !== value) continue;
        const score = labelled
          ? native.aliased
            ? scores.sharedNumber
            : scores.number
          : native.aliased
            ? scores.sharedBareNumber
            : scores.bareNumber;
        if (best === null || score > best[0]) {
          best = [score, 1, { as: "number", platform: platform, value: value, shared: native.aliased }];
        }
      }
    }
    return best;
  }

  // search::starts_a_word: every occurrence counts, overlapping ones too.
  function startsAWord(haystack, needle) {
    if (needle === "") return false;
    const first = needle.charCodeAt(0);
    let from = 0;
    for (;;) {
      const at = haystack.indexOf(needle, from);
      if (at < 0) return false;
      if (!isAtomUnit(first) || at === 0 || !isAtomUnit(haystack.charCodeAt(at - 1))) return true;
      from = at + 1;
    }
  }

  // search::match_message
  function matchMessage(entry, query, rules) {
    if (query.norm === "") return null;
    const scores = rules.scores;
    const fragmentOk = width(query.norm) >= rules.minFragmentWidth;
    let best = null;
    for (const message of entry.messages) {
      const whole = query.norm.includes(message.norm);
      let score;
      if (whole) {
        score = message.shared ? scores.sharedMessage : scores.message;
      } else if (!fragmentOk || !startsAWord(message.norm, query.norm)) {
        continue;
      } else {
        score = message.shared ? scores.sharedFragment : scores.fragment;
      }
      if (best === null || score > best[0]) {
        best = [score, 1, { as: "message", message: message.text, whole: whole, shared: message.shared }];
      }
    }
    return best;
  }

  // search::word_score: binary search in the tier's sorted words (ASCII, so
  // JavaScript's UTF-16 order is Rust's byte order).
  function wordScore(words, word, full, rules) {
    let lo = 0;
    let hi = words.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (words[mid] < word) lo = mid + 1;
      else hi = mid;
    }
    const found = words[lo];
    if (found === word) return full;
    if (found !== undefined && word.length >= rules.minPrefix && found.startsWith(word)) return Math.floor(full / 2);
    return 0;
  }

  // search::cjk_score: [score, pairs found]; each distinct pair counts half
  // the best tier holding it, the run whole inside a tier at least that tier.
  function cjkScore(entry, run, rules) {
    const inside = function (part) {
      let best = 0;
      entry.tiers.forEach(function (tier, at) {
        const full = rules.scores.tiers[at];
        const has = tier.cjk.some(function (r) {
          return r.includes(part);
        });
        if (has && full > best) best = full;
      });
      return best;
    };
    const whole = inside(run);
    const pairs = [];
    for (const pair of bigrams(run)) if (!pairs.includes(pair)) pairs.push(pair);
    let sum = 0;
    let found = 0;
    for (const pair of pairs) {
      const score = inside(pair);
      if (score > 0) {
        sum += score;
        found++;
      }
    }
    return [Math.max(whole, Math.floor(sum / 2)), Math.max(found, whole > 0 ? 1 : 0)];
  }

  // search::match_words
  function matchWords(entry, query, rules) {
    let total = 0;
    let strength = 0;
    const words = [];
    for (const term of query.terms) {
      let score = 0;
      let found = 0;
      if (term.cjk) {
        [score, found] = cjkScore(entry, term.text, rules);
      } else {
        entry.tiers.forEach(function (tier, at) {
          const s = wordScore(tier.words, term.text, rules.scores.tiers[at], rules);
          if (s > score) score = s;
        });
        found = score > 0 ? 1 : 0;
      }
      if (score > 0) {
        total += score;
        strength += found;
        words.push(term.text);
      }
    }
    return total > 0 ? [total, strength, { as: "words", words: words }] : null;
  }

  // strsim::osa_distance, over characters.
  function osaDistance(a, b) {
    const s = Array.from(a);
    const t = Array.from(b);
    const d = [];
    for (let i = 0; i <= s.length; i++) {
      d.push(new Array(t.length + 1).fill(0));
      d[i][0] = i;
    }
    for (let j = 0; j <= t.length; j++) d[0][j] = j;
    for (let i = 1; i <= s.length; i++) {
      for (let j = 1; j <= t.length; j++) {
        const cost = s[i - 1] === t[j - 1] ? 0 : 1;
        d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1] && s[i - 1] !== t[j - 1]) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[s.length][t.length];
  }

  // search::suggestions
  function suggestions(index, query, platforms) {
    const wanted = query.atoms
      .filter(function (atom) {
        return !isNumeric(atom);
      })
      .map(function (atom) {
        const limit = Math.min(Math.max(Math.floor(Array.from(atom).length / 4), 1), 3);
        return [upperAscii(atom), limit];
      });
    const near = [];
    for (const entry of index.entries) {
      if (!reportedOn(entry, platforms)) continue;
      for (const key of entry.keys) {
        const upper = upperAscii(key);
        let distance = null;
        for (const [atom, limit] of wanted) {
          const d = osaDistance(atom, upper);
          if (d <= limit && (distance === null || d < distance)) distance = d;
        }
        if (distance !== null) near.push([distance, key]);
      }
    }
    let best = null;
    for (const [d] of near) if (best === null || d < best) best = d;
    const out = [];
    for (const [d, key] of near) {
      if (d === best && !out.includes(key) && out.length < index.rules.maxSuggestions) out.push(key);
    }
    return out;
  }

  // search::search: { hits: [{ entry, score, matched }], suggestions }.
  function search(index, text, platforms) {
    const rules = index.rules;
    const query = readQuery(text, platforms, rules);
    if (query.labelled && !labelledNumberIsACode(index, query, platforms)) {
      return { hits: [], suggestions: [], unknownNumber: true };
    }
    let hits = [];
    index.entries.forEach(function (entry, id) {
      if (!reportedOn(entry, platforms)) return;
      const hit = { entry: id, score: 0, strength: 0, matched: [] };
      for (const evidence of [
        matchName(entry, query, rules),
        matchNumber(entry, query, rules),
        matchMessage(entry, query, rules),
        matchWords(entry, query, rules),
      ]) {
        if (evidence === null) continue;
        hit.score += evidence[0];
        hit.strength += evidence[1];
        hit.matched.push(evidence[2]);
      }
      if (hit.score > 0) hits.push(hit);
    });
    hits.sort(function (a, b) {
      return b.score - a.score || b.strength - a.strength || a.entry - b.entry;
    });
    const best = hits.length > 0 ? hits[0].score : 0;
    hits = hits.filter(function (hit) {
      return hit.score * rules.noiseRatio >= best;
    });
    return { hits: hits, suggestions: hits.length === 0 ? suggestions(index, query, platforms) : [], unknownNumber: false };
  }

  // search::labelled_number_is_a_code
  function labelledNumberIsACode(index, query, platforms) {
    return query.numbers.some(function ([platform, value, labelled]) {
      return (
        labelled &&
        index.entries.some(function (entry) {
          return (
            reportedOn(entry, platforms) &&
            entry.natives.some(function (native) {
              return native.platform === platform && native.value === value;
            })
          );
        })
      );
    });
  }

  // The lookup itself, for the tests (xtask/tests/search_parity.rs) and the console.
  window.wmkcNetErrLookup = search;

  // ---- the search form ----

  if (typeof document === "undefined") return;
  const index = window.WMKC_NET_ERR_SEARCH_INDEX || { rules: null, entries: [] };
  const PLATFORMS = ["Linux", "Windows"];

  // The codes a query finds on the site (every platform), best first, at most
  // rules.shown: [{ entry, hit }], and the suggestions when there are none.
  function find(query) {
    if (!index.rules) return { hits: [], suggestions: [] };
    const outcome = search(index, query, PLATFORMS);
    return {
      hits: outcome.hits.slice(0, index.rules.shown).map(function (hit) {
        return { entry: index.entries[hit.entry], hit: hit };
      }),
      suggestions: outcome.suggestions,
    };
  }

  function firstSentence(text) {
    const line = text.split("\n")[0];
    const end = line.indexOf("\u3002");
    return end >= 0 ? line.slice(0, end + 1) : line;
  }

  function values(entry) {
    return entry.natives
      .map(function (native) {
        return native.symbol + " " + native.value;
      })
      .join(" \u00b7 ");
  }

  function pageOf(root, language, entry) {
    return root + language + "/" + entry.name + ".html";
  }

  function link(root, language, entry) {
    const a = document.createElement("a");
    a.href = pageOf(root, language, entry);
    a.dataset.code = entry.name;
    a.hreflang = language === "zh" ? "zh-CN" : "en";
    return a;
  }

  function start() {
    const form = document.querySelector("form.search");
    if (!form) return;
    const input = form.querySelector("input[type=search]");
    const list = form.querySelector(".results");
    const none = form.querySelector(".no-results");
    const suggestion = form.querySelector(".suggestion");
    const body = document.body;
    const root = body.dataset.root || "";
    // The language results link to; "" on the bilingual landing page.
    const language = body.dataset.results || "";
    let selected = 0;

    function links() {
      return Array.from(list.querySelectorAll("a.main"));
    }

    function select(at) {
      const all = links();
      if (all.length === 0) return;
      selected = (at + all.length) % all.length;
      all.forEach(function (a, i) {
        if (i === selected) {
          a.setAttribute("aria-current", "true");
          a.classList.add("selected");
          a.scrollIntoView({ block: "nearest" });
        } else {
          a.removeAttribute("aria-current");
          a.classList.remove("selected");
        }
      });
    }

    function close() {
      list.hidden = true;
      none.hidden = true;
      suggestion.hidden = true;
      input.setAttribute("aria-expanded", "false");
    }

    function render() {
      const query = input.value;
      const found = find(query);
      list.replaceChildren();
      for (const { entry } of found.hits) {
        const item = document.createElement("li");
        const main = link(root, language || "en", entry);
        main.className = "main";
        const name = document.createElement("code");
        name.className = "name";
        name.textContent = entry.name;
        const numbers = document.createElement("span");
        numbers.className = "values";
        numbers.textContent = values(entry);
        const text = document.createElement("span");
        text.className = "text";
        text.textContent = language === "zh" ? firstSentence(entry.zh) : entry.summary;
        main.append(name, numbers, text);
        item.append(main);
        if (!language) {
          // The landing page is in both languages: offer the Chinese page too.
          const other = link(root, "zh", entry);
          other.lang = "zh-CN";
          other.className = "other";
          other.textContent = firstSentence(entry.zh);
          item.append(other);
        }
        list.append(item);
      }
      const blank = query.trim() === "";
      const hasHits = found.hits.length > 0;
      list.hidden = !hasHits;
      input.setAttribute("aria-expanded", hasHits ? "true" : "false");
      // Nothing matched: the nearest names, else "no code matches".
      const near = blank || hasHits ? [] : found.suggestions;
      const options = suggestion.querySelector(".options");
      options.replaceChildren();
      near.forEach(function (key, at) {
        if (at > 0) options.append(document.documentElement.lang.startsWith("zh") ? "\u3001" : ", ");
        const entry = index.entries.find(function (e) {
          return e.keys.includes(key);
        });
        const a = link(root, language || "en", entry);
        a.textContent = key;
        options.append(a);
      });
      suggestion.hidden = near.length === 0;
      none.hidden = blank || hasHits || near.length > 0;
      select(0);
    }

    input.addEventListener("input", render);
    input.addEventListener("focus", function () {
      if (input.value.trim() !== "") render();
    });
    // Enter opens the selected result (the first unless the arrows moved);
    // a typo alone opens nothing: its suggestion is a link to follow.
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      const target = links()[selected];
      if (target) window.location.href = target.href;
    });
    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        if (list.hidden) render();
        select(selected + (event.key === "ArrowDown" ? 1 : -1));
      } else if (event.key === "Escape") {
        input.value = "";
        render();
        close();
      }
    });
    // A click or a tap outside the form closes the results; focus brings them back.
    document.addEventListener("pointerdown", function (event) {
      if (!form.contains(event.target)) close();
    });
    // `?q=…` runs the search at once, so a search can be linked to.
    const query = new URLSearchParams(window.location.search).get("q");
    if (query) {
      input.value = query;
      render();
    }
  }

  // The site's own search, for the browser test and the console: the hits'
  // names, best first, as the form lists them.
  window.wmkcNetErrSearch = function (query) {
    return find(query).hits.map(function (found) {
      return found.entry.name;
    });
  };

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
