// The docs site in a real browser: serves a built site folder on loopback,
// drives Debian's headless Chromium over it (and over file://), and runs
// html-validate. Every case of the lookup table (crates/lookup/cases.json,
// which the command's tests run too) put into the search box finds its code
// first, or its suggestion; a page opened with ?q= searches at once, the
// arrow keys and Enter choose a result, a click outside closes the list, and
// the slowest search is printed for BENCHMARKS.md. The language switch lands on the same
// code, every internal link resolves, no page logs an error or asks another
// host for anything, and no page scrolls sideways on a phone. A code's page leads with its line and values, then
// what to do, set apart, then the causes per platform. On a phone the index
// is whole: no cell spills out of its box and no word is cut across lines.
// The index's order buttons sort it by name or by a platform's values, keep
// the order in the URL, and are hidden without script, which leaves the
// document's order.
//
// Run by `cargo xtask prove`, or by hand:
//   cargo xtask site --out /tmp/site
//   SITE_DIR=/tmp/site node --test crates/site-browser/browser.test.mjs
// Needs Chromium (`CHROMIUM`, else /usr/bin/chromium) and this folder's
// pinned packages (`npm ci --prefix crates/site-browser`). Without them the
// test prints `NOT RUN: …`; with WMKC_REQUIRE_PROOFS set it fails instead.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { existsSync, readFileSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { spawnSync } from "node:child_process";

const here = dirname(fileURLToPath(import.meta.url));
const workspace = resolve(here, "../..");

/**
 * What a person may paste from a log, and the code it must find first: the
 * table of lookup cases the command's tests run too (crates/lookup/cases.json).
 * `first` is the first result, or for a query that must not match
 * (`match: false`) the first "did you mean" suggestion (`null`: none).
 */
const CASES = JSON.parse(readFileSync(join(workspace, "crates/lookup/cases.json"), "utf8"));

/** Flags for a closed network: nothing in the background may reach out. */
const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** The site under test: SITE_DIR, built by `cargo xtask site --out DIR`. */
function siteDir() {
  const dir = process.env.SITE_DIR;
  assert.ok(dir, "set SITE_DIR to a site built by `cargo xtask site --out DIR`");
  assert.ok(existsSync(join(dir, "index.html")), `${dir} holds no index.html: build it with cargo xtask site --out ${dir}`);
  return resolve(dir);
}

function findChromium() {
  const candidates = process.env.CHROMIUM ? [process.env.CHROMIUM] : ["/usr/bin/chromium", "/usr/bin/chromium-browser"];
  return candidates.find((path) => existsSync(path));
}

/**
 * Why this machine cannot run the check, or null. A missing tool is never
 * silent: it prints NOT RUN, or fails when WMKC_REQUIRE_PROOFS is set.
 */
function missingTool(chromium) {
  if (!chromium && process.env.CHROMIUM) return `CHROMIUM names no file: ${process.env.CHROMIUM}`;
  if (!chromium) return "Chromium is not installed (Debian: apt-get install chromium; .ci/run installs it)";
  for (const name of ["playwright-core", "html-validate"]) {
    if (!existsSync(join(here, "node_modules", name))) {
      return `the pinned packages are not installed (npm ci --prefix ${here}; .ci/run does it)`;
    }
  }
  return null;
}

/** The code names of the spec, in its order: one `  - name:` entry each under `codes:`. */
function specCodeNames() {
  const spec = readFileSync(join(workspace, "spec/net_errors.yaml"), "utf8");
  const names = Array.from(spec.split("\ncodes:\n")[1]?.matchAll(/^ {2}- name: (\S+)$/gm) ?? [], (match) => match[1]);
  assert.ok(names.length > 0, "no code found in spec/net_errors.yaml: has its layout changed?");
  return names;
}

function specCodeCount() {
  return specCodeNames().length;
}

/** The prefix of every code's full name (`WMKC_NET_ERR_`). */
function specPrefix() {
  const spec = readFileSync(join(workspace, "spec/net_errors.yaml"), "utf8");
  const prefix = /^prefix: (\S+)$/m.exec(spec)?.[1];
  assert.ok(prefix, "no prefix found in spec/net_errors.yaml: has its layout changed?");
  return prefix;
}

const CONTENT_TYPES = { html: "text/html; charset=utf-8", css: "text/css; charset=utf-8", js: "text/javascript; charset=utf-8" };

/** The file a request path names under `root`, or null for `..`, a missing file or anything outside. */
function fileFor(root, requestPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(requestPath.split(/[?#]/)[0]);
  } catch {
    return null;
  }
  const parts = decoded.split("/").filter((part) => part !== "");
  if (parts.some((part) => part === ".." || part === "." || part.includes("\\"))) return null;
  let file = join(root, ...parts);
  if (file !== root && !file.startsWith(root + sep)) return null;
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

/** Serves `root` on 127.0.0.1 at a free port; resolves to the server. */
function serve(root) {
  const server = createServer(async (request, response) => {
    const file = request.method === "GET" || request.method === "HEAD" ? fileFor(root, request.url) : null;
    if (!file) {
      response.writeHead(request.method === "GET" || request.method === "HEAD" ? 404 : 405).end();
      return;
    }
    const body = await readFile(file);
    const kind = CONTENT_TYPES[file.split(".").pop()] ?? "application/octet-stream";
    response.writeHead(200, { "Content-Type": kind, "Content-Length": body.length, "Cache-Control": "no-store" });
    response.end(request.method === "HEAD" ? undefined : body);
  });
  return new Promise((done) => server.listen(0, "127.0.0.1", () => done(server)));
}

const chromiumPath = findChromium();
const missing = missingTool(chromiumPath);
if (missing && process.env.WMKC_REQUIRE_PROOFS) {
  throw new Error(`${missing} (WMKC_REQUIRE_PROOFS is set)`);
}
if (missing) {
  console.error(`NOT RUN: the site in Chromium and html-validate: ${missing}`);
}

/** Everything the browser saw, filled in by `before`. */
const report = {
  pages: {},
  searches: [],
  typed: [],
  timings: [],
  linked: null,
  arrows: null,
  outside: null,
  enter: null,
  clicks: [],
  phone: [],
  phoneIndexes: [],
  orders: [],
  ordersWithoutScript: [],
  foreignRequests: [],
};

/** What the search form shows, read in the page. */
function readSearch() {
  const form = document.querySelector("form[role=search]");
  const list = form.querySelector("ol.results");
  const suggestion = form.querySelector(".suggestion");
  return {
    listShown: !list.hidden && list.checkVisibility(),
    results: Array.from(list.querySelectorAll(":scope > li > a.main[data-code]"), (a) => ({
      code: a.dataset.code,
      href: a.href,
      text: a.textContent,
      selected: a.getAttribute("aria-current") === "true",
    })),
    suggestions: suggestion.hidden ? [] : Array.from(suggestion.querySelectorAll("a[data-code]"), (a) => ({ key: a.textContent, href: a.href })),
    noResults: !form.querySelector(".no-results").hidden,
    expanded: form.querySelector("input").getAttribute("aria-expanded"),
  };
}

/** The widths of the phone screens every page is laid out at. */
const PHONE_WIDTHS = [360, 390];

/** The pages with an index table, and the catalogues among them, which can reorder it. */
const INDEX_PAGES = ["index.html", "en/index.html", "zh/index.html"];
const CATALOGUES = ["en/index.html", "zh/index.html"];

/**
 * What a page shows of its index (`table.index`), read in the page: its
 * header cells (text and `data-sort`), each row's cells as text, the order
 * buttons and which column says it is sorted.
 */
function readIndex() {
  const table = document.querySelector("table.index");
  const group = document.querySelector(".order");
  return {
    search: window.location.search,
    switches: Array.from(document.querySelectorAll("a.switch"), (link) => new URL(link.href).search),
    headers: Array.from(table.tHead.rows[0].cells, (cell) => ({ text: cell.textContent.trim(), key: cell.dataset.sort ?? null })),
    rows: Array.from(table.tBodies[0].rows, (row) => Array.from(row.cells, (cell) => cell.textContent.trim())),
    groupShown: group ? group.checkVisibility() : false,
    buttons: group
      ? Array.from(group.querySelectorAll("button"), (button) => ({
          key: button.dataset.sort,
          text: button.textContent.trim(),
          pressed: button.getAttribute("aria-pressed"),
        }))
      : [],
    sortedBy: Array.from(table.tHead.querySelectorAll("th[aria-sort]"), (cell) => [cell.dataset.sort, cell.getAttribute("aria-sort")]),
  };
}

/**
 * How a code's page is laid out, read in the page: its article's parts in
 * order (`tag.class`), whether the advice is set apart from the page, the
 * headings of the causes, and the values table's rows as text.
 */
function readCodePage() {
  const article = document.querySelector("article.code");
  const advice = article.querySelector("section.advice");
  const style = (element) => getComputedStyle(element);
  // A background of its own: painted (not transparent), and not the page's.
  const background = advice ? style(advice).backgroundColor : "";
  return {
    parts: Array.from(article.children, (element) => element.tagName.toLowerCase() + (element.classList.length ? `.${element.classList[0]}` : "")),
    adviceSetApart:
      Boolean(advice) &&
      !/^rgba\(.*, 0\)$|^transparent$/.test(background) &&
      background !== style(document.body).backgroundColor &&
      parseFloat(style(advice).borderLeftWidth) > 0,
    adviceHeading: advice?.querySelector("h2")?.textContent.trim() ?? "",
    adviceText: advice ? advice.textContent.trim().length : 0,
    causes: Array.from(article.querySelectorAll("section.causes h3"), (heading) => heading.textContent.trim()),
    values: Array.from(article.querySelector("table.natives").tBodies[0].rows, (row) => Array.from(row.cells, (cell) => cell.textContent.trim())),
  };
}

/**
 * Whether a phone shows the index whole, read in the page: the elements of
 * its rows whose content is wider than their box, or that reach past the
 * screen's edges, and the words (runs of Latin letters, digits and `_`)
 * that a line break cut in two.
 */
function readIndexLayout() {
  const table = document.querySelector("table.index");
  const screen = document.documentElement.clientWidth;
  const describe = (element) => `${element.tagName.toLowerCase()}.${element.className}: ${element.textContent.trim().slice(0, 60)}`;
  const spilled = [];
  const offScreen = [];
  for (const element of [table.parentElement, table, ...table.tBodies[0].querySelectorAll("*")]) {
    if (element.clientWidth > 0 && element.scrollWidth > element.clientWidth) {
      spilled.push(`${describe(element)} (${element.scrollWidth} > ${element.clientWidth})`);
    }
    const box = element.getBoundingClientRect();
    if (box.width > 0 && (box.left < 0 || box.right > screen)) offScreen.push(`${describe(element)} (${box.left}..${box.right} of ${screen})`);
  }
  const cut = [];
  const range = document.createRange();
  const walker = document.createTreeWalker(table.tBodies[0], NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const word of node.data.matchAll(/[A-Za-z0-9_]+/g)) {
      range.setStart(node, word.index);
      range.setEnd(node, word.index + word[0].length);
      const lines = new Set(Array.from(range.getClientRects(), (rect) => Math.round(rect.top)));
      if (lines.size > 1) cut.push(word[0]);
    }
  }
  const rows = table.tBodies[0].rows.length;
  const shown = Array.from(table.tBodies[0].querySelectorAll("th, td")).filter((cell) => cell.checkVisibility()).length;
  const cells = table.tBodies[0].querySelectorAll("th, td").length;
  return { rows, cells, shown, spilled, offScreen, cut };
}
let site;
let server;
let httpRoot;
let fileRoot;

/**
 * A browser context in which every request must stay on loopback or in the
 * site's folder: anything else is recorded and refused.
 */
async function closedContext(browser, options = {}) {
  const context = await browser.newContext(options);
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(httpRoot) || url.startsWith(fileRoot)) return route.continue();
    report.foreignRequests.push(url);
    return route.abort();
  });
  return context;
}

/** Drives Chromium over the whole site and records what it saw in `report`. */
async function browse(executablePath) {
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_FLAGS });
  try {
    const context = await closedContext(browser);
    const page = await context.newPage();
    const problems = [];
    page.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warning") {
        problems.push(`console ${message.type()}: ${message.text()}`);
      }
    });
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    page.on("requestfailed", (request) => problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`));
    page.on("response", (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    const codeAndLanguage = () =>
      page.evaluate(() => ({
        lang: document.documentElement.lang,
        code: document.querySelector("article[data-code]")?.dataset.code ?? null,
      }));

    // 1. Crawl every page reachable from index.html over HTTP.
    const queue = [httpRoot + "index.html"];
    const seen = new Set(queue);
    while (queue.length > 0) {
      const url = queue.shift();
      problems.length = 0;
      const response = await page.goto(url, { waitUntil: "load" });
      const facts = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        code: document.querySelector("article[data-code]")?.dataset.code ?? null,
        ids: Array.from(document.querySelectorAll("[id]"), (element) => element.id),
        links: Array.from(document.querySelectorAll("a[href], link[href], script[src]"), (element) => element.href || element.src),
        switches: Array.from(document.querySelectorAll("a.switch"), (a) => ({ href: a.href, hreflang: a.hreflang })),
        searchReady: typeof window.wmkcNetErrSearch === "function",
      }));
      const codePage = facts.code ? await page.evaluate(readCodePage) : null;
      report.pages[url] = { status: response?.status() ?? 0, ...facts, codePage, problems: [...problems] };
      for (const link of facts.links) {
        const target = link.split("#")[0];
        if (target.startsWith(httpRoot) && target.endsWith(".html") && !seen.has(target)) {
          seen.add(target);
          queue.push(target);
        }
      }
    }
    // Assets are loaded by the pages; fetch them too so their status is on record.
    for (const asset of ["assets/site.css", "assets/search.js", "assets/search-index.js", "assets/sort.js"]) {
      problems.length = 0;
      const response = await page.goto(httpRoot + asset);
      report.pages[httpRoot + asset] = { status: response?.status() ?? 0, problems: [...problems] };
    }

    // 2. Every case of the table in the box, from the landing page and both
    // catalogues, over HTTP and from file://.
    const starts = [
      [httpRoot, "index.html"],
      [httpRoot, "en/index.html"],
      [httpRoot, "zh/index.html"],
      [fileRoot, "index.html"],
      [fileRoot, "zh/ECONNRESET.html"],
    ];
    for (const [root, path] of starts) {
      problems.length = 0;
      await page.goto(root + path, { waitUntil: "load" });
      for (const { query } of CASES) {
        await page.fill("#search", query);
        report.searches.push({ start: root + path, query, ...(await page.evaluate(readSearch)), problems: [...problems] });
      }
    }
    // Typed as a person types, key by key: the results follow each key.
    await page.goto(httpRoot + "en/index.html", { waitUntil: "load" });
    for (const query of ["connect[111]", "连接重置", "ECONNRE"]) {
      await page.fill("#search", "");
      await page.locator("#search").pressSequentially(query);
      report.typed.push({ query, ...(await page.evaluate(readSearch)) });
    }
    // How long a search takes in the page: the median of five runs of each case.
    report.timings = await page.evaluate((queries) => {
      return queries.map((query) => {
        const runs = [];
        for (let i = 0; i < 5; i++) {
          const started = performance.now();
          window.wmkcNetErrSearch(query);
          runs.push(performance.now() - started);
        }
        runs.sort((a, b) => a - b);
        return { query, median: runs[2] };
      });
    }, CASES.map((c) => c.query));

    // 3. A page opened with ?q= searches at once.
    await page.goto(httpRoot + "zh/index.html?q=" + encodeURIComponent("connect[111]"), { waitUntil: "load" });
    report.linked = { value: await page.inputValue("#search"), ...(await page.evaluate(readSearch)) };

    // The arrow keys move the selection, Enter opens it; a click outside closes the list.
    await page.goto(httpRoot + "en/index.html", { waitUntil: "load" });
    await page.fill("#search", "11");
    const arrows = { start: await page.evaluate(readSearch) };
    await page.press("#search", "ArrowDown");
    arrows.down = await page.evaluate(readSearch);
    await page.press("#search", "ArrowDown");
    arrows.wrapped = await page.evaluate(readSearch);
    await page.press("#search", "ArrowUp");
    await Promise.all([
      page.waitForURL(/EWOULDBLOCK\.html$/, { timeout: 5000 }).catch(() => {}),
      page.press("#search", "Enter"),
    ]);
    arrows.landed = page.url();
    report.arrows = arrows;
    await page.goto(httpRoot + "en/index.html", { waitUntil: "load" });
    await page.fill("#search", "reset");
    const outside = { before: await page.evaluate(readSearch) };
    // The page's left margin, far from the list (which may cover the heading).
    await page.mouse.click(2, 700);
    outside.after = await page.evaluate(readSearch);
    await page.click("#search");
    outside.refocused = await page.evaluate(readSearch);
    report.outside = outside;

    // Enter goes to the first result.
    await page.goto(httpRoot + "en/index.html", { waitUntil: "load" });
    await page.locator("#search").pressSequentially("10054");
    await Promise.all([
      page.waitForURL(/ECONNRESET\.html$/, { timeout: 5000 }).catch(() => {}),
      page.press("#search", "Enter"),
    ]);
    report.enter = { query: "10054", landed: page.url() };

    // 4. The language switch, clicked.
    for (const path of ["en/ECONNRESET.html", "zh/ECONNRESET.html", "en/index.html", "zh/EAGAIN.html"]) {
      await page.goto(httpRoot + path, { waitUntil: "load" });
      const before = await codeAndLanguage();
      await Promise.all([page.waitForEvent("load"), page.click("a.switch")]);
      report.clicks.push({ from: path, before, after: await codeAndLanguage(), url: page.url() });
    }

    // 5. Phone-width screens: every page, and how the index tables lay out.
    for (const width of PHONE_WIDTHS) {
      const phone = await closedContext(browser, { viewport: { width, height: 800 }, isMobile: true, hasTouch: true });
      const phonePage = await phone.newPage();
      for (const url of Object.keys(htmlPages())) {
        await phonePage.goto(url, { waitUntil: "load" });
        const facts = await phonePage.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          viewport: window.innerWidth,
        }));
        report.phone.push({ url, width, ...facts });
      }
      for (const path of INDEX_PAGES) {
        await phonePage.goto(httpRoot + path, { waitUntil: "load" });
        report.phoneIndexes.push({ path, width, ...(await phonePage.evaluate(readIndexLayout)) });
      }
      await phone.close();
    }

    // 6. The index's order buttons, clicked and pressed, over HTTP and from
    // file://; a page opened with ?sort=…; and the index without script.
    for (const [root, path] of [...CATALOGUES.map((path) => [httpRoot, path]), [fileRoot, "en/index.html"]]) {
      const steps = [];
      const record = async (step) => steps.push({ step, ...(await page.evaluate(readIndex)) });
      await page.goto(root + path, { waitUntil: "load" });
      await record("opened");
      const buttons = await page.locator(".order button").all();
      if (buttons.length < 2) {
        // Nothing to press: the test says so.
        report.orders.push({ start: root + path, steps, tree: "" });
        continue;
      }
      for (const button of [...buttons.slice(1), buttons[0]]) {
        const name = (await button.textContent()).trim();
        // Found by its role and accessible name, as a screen reader user would.
        await page.getByRole("group").getByRole("button", { name, exact: true }).click();
        await record(`clicked ${name}`);
      }
      for (const button of buttons.slice(1)) {
        const key = await button.getAttribute("data-sort");
        await page.goto(`${root}${path}?sort=${key}`, { waitUntil: "load" });
        await record(`opened ?sort=${key}`);
      }
      await page.goto(`${root}${path}?sort=nonsense`, { waitUntil: "load" });
      await record("opened ?sort=nonsense");
      await page.goto(root + path, { waitUntil: "load" });
      await buttons[1].focus();
      await page.keyboard.press("Space");
      await record("pressed Space");
      report.orders.push({ start: root + path, steps, tree: await page.locator(".order").ariaSnapshot() });
    }
    const noScript = await closedContext(browser, { javaScriptEnabled: false });
    const noScriptPage = await noScript.newPage();
    for (const path of CATALOGUES) {
      await noScriptPage.goto(`${httpRoot}${path}?sort=name`, { waitUntil: "load" });
      // Without script this runs as Playwright's own evaluation, not the page's.
      report.ordersWithoutScript.push({ path, ...(await noScriptPage.evaluate(readIndex)) });
    }
    await noScript.close();
  } finally {
    await browser.close();
  }
}

/** The pages of the crawl that are HTML pages, by URL. */
function htmlPages() {
  return Object.fromEntries(Object.entries(report.pages).filter(([url]) => url.endsWith(".html")));
}

const skip = missing ? `NOT RUN: ${missing}` : false;

before(async () => {
  if (skip) return;
  site = siteDir();
  server = await serve(site);
  httpRoot = `http://127.0.0.1:${server.address().port}/`;
  fileRoot = pathToFileURL(site).href + "/";
  await browse(chromiumPath);
});

after(() => server?.close());

test("the server refuses paths outside the site", { skip }, () => {
  assert.equal(fileFor(site, "/index.html"), join(site, "index.html"));
  assert.equal(fileFor(site, "/%69ndex.html"), join(site, "index.html"));
  assert.equal(fileFor(site, "/"), join(site, "index.html"));
  assert.equal(fileFor(site, "/../index.html"), null);
  assert.equal(fileFor(site, "/%2e%2e/index.html"), null);
  assert.equal(fileFor(site, "/missing.html"), null);
  assert.equal(fileFor(site, "/%zz"), null);
});

test("every page is reached from index.html, loads and logs nothing", { skip }, () => {
  const pages = htmlPages();
  assert.equal(
    Object.keys(pages).length,
    2 * specCodeCount() + 3,
    "the landing page, two catalogues and a page per code and language",
  );
  for (const [url, page] of Object.entries(report.pages)) {
    assert.equal(page.status, 200, url);
    assert.deepEqual(page.problems, [], url);
  }
  for (const [url, page] of Object.entries(pages)) {
    assert.equal(page.searchReady, true, `${url}: search.js ran`);
  }
});

test("every internal link resolves, to an element when it has a fragment", { skip }, () => {
  for (const [url, page] of Object.entries(htmlPages())) {
    for (const link of page.links) {
      if (!link.startsWith(httpRoot)) {
        assert.ok(link.startsWith("https://"), `${url}: a link that is neither local nor https: ${link}`);
        continue;
      }
      const [file, fragment = ""] = link.split("#");
      const target = report.pages[file];
      assert.ok(target, `${url}: the link ${link} leads to no page`);
      if (fragment !== "") {
        assert.ok(target.ids.includes(fragment), `${url}: ${link}: no element with that id`);
      }
    }
  }
});

test("a code's page leads with its line and values, then what to do set apart, then the causes per platform", { skip }, () => {
  const pages = Object.entries(htmlPages()).filter(([, page]) => page.code);
  assert.equal(pages.length, 2 * specCodeCount());
  for (const [url, { codePage, lang }] of pages) {
    const { parts } = codePage;
    const at = (part) => parts.indexOf(part);
    assert.equal(parts[0], "h1", `${url}: ${parts}`);
    assert.equal(parts[1], "p.summary", `${url}: ${parts}`);
    for (const [before, after] of [
      ["p.summary", "table.natives"],
      ["table.natives", "section.advice"],
      ["section.advice", "section.causes"],
      ["section.causes", "section.details"],
    ]) {
      assert.ok(at(before) >= 0 && at(before) < at(after), `${url}: ${before} before ${after}: ${parts}`);
    }
    // Only between the table and the advice: what happened, in paragraphs.
    assert.deepEqual(parts.slice(2, at("table.natives")).filter((part) => part !== "p"), [], `${url}: ${parts}`);
    // The user's own line: first on a Chinese page, in its own section on an English one.
    const document = at("section.document");
    if (lang === "en") assert.ok(at("section.causes") < document && document < at("section.details"), `${url}: ${parts}`);
    else assert.equal(document, -1, `${url}: ${parts}`);
    assert.ok(codePage.adviceSetApart, `${url}: the advice has a background and a rule of its own`);
    assert.ok(codePage.adviceHeading && codePage.adviceText > codePage.adviceHeading.length, `${url}: the advice has a heading and a text`);
    // A row per platform: the platform, then its symbol, value and message, or "not reported" alone.
    const reported = codePage.values.filter((row) => row.length === 4);
    for (const row of reported) {
      assert.ok(row.every((cell) => cell.length > 0), `${url}: ${JSON.stringify(row)}`);
      assert.match(row[2], /^\d+/, `${url}: the value: ${JSON.stringify(row)}`);
    }
    assert.ok(reported.length > 0, `${url}: ${JSON.stringify(codePage.values)}`);
    assert.deepEqual(codePage.causes, reported.map((row) => row[0]), `${url}: the causes on each platform that reports it`);
  }
});

test("each language switch leads to the same code in the language it names", { skip }, () => {
  const pages = htmlPages();
  for (const [url, page] of Object.entries(pages)) {
    assert.ok(page.switches.length > 0, `${url} has a language switch`);
    for (const link of page.switches) {
      const target = pages[link.href];
      assert.ok(target, `${url} → ${link.href}: no such page`);
      assert.equal(target.code, page.code, `${url} → ${link.href}`);
      assert.equal(target.lang, link.hreflang, `${url} → ${link.href}`);
    }
  }
  for (const click of report.clicks) {
    assert.equal(click.after.code, click.before.code, JSON.stringify(click));
    assert.notEqual(click.after.lang, click.before.lang, JSON.stringify(click));
  }
});

test("no request leaves loopback or the site's folder", { skip }, () => {
  assert.deepEqual(report.foreignRequests, []);
});

test("each case of the lookup table finds its code first, from every start page, over HTTP and from file://", { skip }, () => {
  assert.ok(CASES.length >= 30, `${CASES.length} cases`);
  assert.equal(report.searches.length, 5 * CASES.length);
  const byQuery = new Map(CASES.map((c) => [c.query, c]));
  const failures = [];
  for (const search of report.searches) {
    const expected = byQuery.get(search.query);
    const where = `searching ${JSON.stringify(search.query)} from ${search.start}`;
    const language = search.start.includes("/zh/") ? "zh" : "en";
    assert.deepEqual(search.problems, [], where);
    if (expected.match) {
      const first = search.results[0];
      const then = search.results.slice(1, 1 + (expected.then ?? []).length).map((r) => r.code);
      if (first?.code !== expected.first || JSON.stringify(then) !== JSON.stringify(expected.then ?? [])) {
        failures.push(`${where}: ${JSON.stringify(search.results.map((r) => r.code))}`);
        continue;
      }
      assert.ok(search.listShown && search.expanded === "true", `${where}: the list is shown`);
      assert.ok(first.href.endsWith(`/${language}/${expected.first}.html`), `${where} links to the ${language} page: ${first.href}`);
      assert.ok(search.results.length <= 10, `${where}: at most 10 results`);
      assert.equal(search.suggestions.length, 0, where);
    } else {
      const suggested = search.suggestions[0]?.key ?? null;
      if (search.results.length > 0 || suggested !== expected.first) {
        failures.push(`${where}: results ${JSON.stringify(search.results.map((r) => r.code))}, suggestion ${suggested}`);
        continue;
      }
      assert.ok(!search.listShown, where);
      // A suggestion is a link to its code's page; with none, "no code matches".
      if (suggested) assert.ok(search.suggestions[0].href.endsWith(`/${language}/${expected.first}.html`), where);
      assert.equal(search.noResults, !suggested, where);
    }
  }
  assert.deepEqual(failures, [], `${failures.length} of ${report.searches.length} searches fail`);
  // A measurement for BENCHMARKS.md, not a test: shared machines are too noisy to assert a time.
  const slowest = report.timings.reduce((a, b) => (b.median > a.median ? b : a));
  console.log(`slowest search: ${JSON.stringify(slowest.query)} in ${slowest.median.toFixed(2)} ms (median of 5)`);
});

test("results follow each key typed, and each shows the code's name, values and summary", { skip }, () => {
  const [connect, chinese, prefix] = report.typed;
  assert.equal(connect.results[0]?.code, "ECONNREFUSED", JSON.stringify(connect));
  assert.match(connect.results[0].text, /ECONNREFUSED 111/);
  assert.match(connect.results[0].text, /WSAECONNREFUSED 10061/);
  assert.match(connect.results[0].text, /connection refused by the peer/);
  assert.equal(chinese.results[0]?.code, "ECONNRESET", JSON.stringify(chinese));
  assert.deepEqual(prefix.results.map((r) => r.code).slice(0, 2), ["ECONNRESET", "ECONNREFUSED"], JSON.stringify(prefix));
});

test("a page opened with ?q= searches at once", { skip }, () => {
  assert.equal(report.linked.value, "connect[111]");
  assert.ok(report.linked.listShown, JSON.stringify(report.linked));
  assert.equal(report.linked.results[0]?.code, "ECONNREFUSED");
  assert.ok(report.linked.results[0].href.endsWith("/zh/ECONNREFUSED.html"), report.linked.results[0].href);
});

test("the arrow keys move through the results and Enter opens the selected one", { skip }, () => {
  const { start, down, wrapped, landed } = report.arrows;
  const selected = (view) => view.results.filter((r) => r.selected).map((r) => r.code);
  assert.deepEqual(start.results.map((r) => r.code), ["EAGAIN", "EWOULDBLOCK"], JSON.stringify(start));
  assert.deepEqual(selected(start), ["EAGAIN"], "the first is selected at first");
  assert.deepEqual(selected(down), ["EWOULDBLOCK"]);
  assert.deepEqual(selected(wrapped), ["EAGAIN"], "past the last, back to the first");
  assert.ok(landed.endsWith("/en/EWOULDBLOCK.html"), landed);
});

test("a click outside the search closes its results, and focus brings them back", { skip }, () => {
  const { before, after, refocused } = report.outside;
  assert.ok(before.listShown && before.results.length > 0, JSON.stringify(before));
  assert.ok(!after.listShown, JSON.stringify(after));
  assert.equal(after.expanded, "false");
  assert.ok(refocused.listShown, JSON.stringify(refocused));
});

test("Enter opens the first result", { skip }, () => {
  assert.ok(report.enter.landed.endsWith("/en/ECONNRESET.html"), JSON.stringify(report.enter));
});

test("no page scrolls sideways on a phone", { skip }, () => {
  const pages = Object.keys(htmlPages());
  assert.equal(report.phone.length, PHONE_WIDTHS.length * pages.length, "every page at every phone width");
  for (const phone of report.phone) {
    // A phone widens its viewport to a page wider than the screen, so both must stay at the screen's width.
    assert.ok(
      phone.scroll <= phone.width && phone.viewport === phone.width,
      `${phone.url} is wider than a ${phone.width} px phone: ${JSON.stringify(phone)}`,
    );
  }
});

test("on a phone the index shows every cell whole: nothing spills or runs off screen, no word is cut", { skip }, () => {
  assert.equal(report.phoneIndexes.length, PHONE_WIDTHS.length * INDEX_PAGES.length);
  for (const index of report.phoneIndexes) {
    const where = `${index.path} at ${index.width} px`;
    assert.equal(index.rows, specCodeCount(), `${where}: a row per code`);
    assert.equal(index.shown, index.cells, `${where}: every cell is shown`);
    assert.deepEqual(index.spilled, [], `${where}: content wider than its box`);
    assert.deepEqual(index.offScreen, [], `${where}: off the screen`);
    assert.deepEqual(index.cut, [], `${where}: words cut across lines`);
  }
});

/** The rows' code names in the order `key` asks for, from what the rows show; `index` is readIndex()'s. */
function expectedOrder(index, key) {
  const names = index.rows.map((cells) => cells[0]);
  if (key === "") return specCodeNames().map((name) => specPrefix() + name);
  if (key === "name") return [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const column = index.headers.findIndex((header) => header.key === key);
  assert.ok(column > 0, `a column is sorted by ${key}`);
  // The value a cell shows after its symbol (`ECONNRESET 104`), or none (`not reported`).
  const value = (cells) => {
    const match = /^\S+\s+(\d+)/.exec(cells[column]);
    return match ? Number(match[1]) : Infinity;
  };
  const documentOrder = expectedOrder(index, "");
  const rows = documentOrder.map((name) => index.rows.find((cells) => cells[0] === name));
  return rows
    .map((cells, position) => ({ name: cells[0], value: value(cells), position }))
    .sort((a, b) => a.value - b.value || a.position - b.position)
    .map((row) => row.name);
}

test("the order buttons sort the index by name or value and keep the order in the URL", { skip }, () => {
  assert.equal(report.orders.length, CATALOGUES.length + 1);
  const names = {};
  for (const run of report.orders) {
    const [opened] = run.steps;
    // What a screen reader is told: a named group of named buttons, one pressed.
    assert.match(run.tree, /^- group "[^"]+":\n/, `${run.start}: the group of buttons is named: ${run.tree}`);
    assert.equal(opened.groupShown, true, `${run.start}: the order buttons are shown`);
    const keys = opened.buttons.map((button) => button.key);
    assert.deepEqual(keys.slice(0, 2), ["", "name"], `${run.start}: the document's order, then by name`);
    assert.ok(keys.length >= 3, `${run.start}: and by each platform's values`);
    for (const button of opened.buttons) {
      assert.ok(button.text.length > 0, `${run.start}: a button with no name`);
      assert.ok(run.tree.includes(`- button "${button.text}"`), `${run.start}: ${button.text} is a named button: ${run.tree}`);
    }
    names[run.start] = opened.buttons.map((button) => button.text);
    const expectedKey = (step) => {
      if (step.step.startsWith("clicked ")) return opened.buttons.find((button) => `clicked ${button.text}` === step.step).key;
      if (step.step === "pressed Space") return "name";
      const match = /^opened \?sort=(.*)$/.exec(step.step);
      return match && keys.includes(match[1]) ? match[1] : "";
    };
    for (const step of run.steps) {
      const key = expectedKey(step);
      const where = `${run.start}: ${step.step}`;
      assert.deepEqual(step.rows.map((cells) => cells[0]), expectedOrder(step, key), `${where}: the rows' order`);
      assert.deepEqual(
        step.buttons.map((button) => button.pressed),
        keys.map((other) => String(other === key)),
        `${where}: only the chosen button is pressed`,
      );
      assert.deepEqual(step.sortedBy, key === "" ? [] : [[key, "ascending"]], `${where}: aria-sort`);
      if (step.step.startsWith("clicked ") || step.step === "pressed Space") {
        assert.equal(step.search, key === "" ? "" : `?sort=${key}`, `${where}: the URL says the order`);
      }
      assert.deepEqual(
        step.switches,
        step.switches.map(() => (key === "" ? "" : `?sort=${key}`)),
        `${where}: the other language's catalogue opens in the same order`,
      );
    }
  }
  const [en, zh] = CATALOGUES.map((path) => names[httpRoot + path]);
  for (let position = 0; position < en.length; position++) {
    assert.notEqual(en[position], zh[position], `the button ${en[position]} has a Chinese name on the Chinese page`);
  }
});

test("without script the index is in the document's order and shows no order buttons", { skip }, () => {
  assert.equal(report.ordersWithoutScript.length, CATALOGUES.length);
  for (const index of report.ordersWithoutScript) {
    assert.equal(index.groupShown, false, `${index.path}: the buttons, which need script, are hidden`);
    assert.deepEqual(index.rows.map((cells) => cells[0]), expectedOrder(index, ""), `${index.path}: the document's order`);
    assert.deepEqual(index.sortedBy, [], index.path);
  }
});

test("the HTML passes html-validate", { skip }, () => {
  const validator = spawnSync(
    process.execPath,
    [join(here, "node_modules/html-validate/bin/html-validate.mjs"), "--config", join(here, ".htmlvalidate.json"), site],
    { encoding: "utf8" },
  );
  assert.equal(validator.status, 0, `html-validate found problems:\n${validator.stdout}${validator.stderr}`);
});
