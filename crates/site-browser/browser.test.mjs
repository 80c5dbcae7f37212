// Drives the built docs site in headless Chromium and prints what it saw as
// one JSON object; the Rust test (tests/browser.rs) makes the assertions.
//
// usage: node browser.mjs CHROMIUM HTTP_ROOT FILE_ROOT QUERIES_JSON
//   HTTP_ROOT: the site served on loopback (http://127.0.0.1:PORT/)
//   FILE_ROOT: the same folder as a file:// URL
//   QUERIES_JSON: ["ECONNRESET", "10054", ...]
import { chromium } from "playwright-core";

const [executablePath, httpRoot, fileRoot, queriesJson] = process.argv.slice(2);
const queries = JSON.parse(queriesJson);

// Flags for a closed network: nothing in the background may reach out.
const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});

const report = { pages: {}, searches: [], enter: null, clicks: [], phone: [], foreignRequests: [] };

async function newPage(context) {
  const page = await context.newPage();
  const problems = [];
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning") {
      problems.push(`console ${message.type()}: ${message.text()}`);
    }
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("requestfailed", (request) =>
    problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`),
  );
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return { page, problems };
}

const context = await browser.newContext();
// Every request must stay on loopback or in the site's folder: anything else is recorded and refused.
await context.route("**/*", (route) => {
  const url = route.request().url();
  if (url.startsWith(httpRoot) || url.startsWith(fileRoot)) return route.continue();
  report.foreignRequests.push(url);
  return route.abort();
});

// 1. Crawl every page reachable from index.html over HTTP.
const { page, problems } = await newPage(context);
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
    links: Array.from(document.querySelectorAll("a[href], link[href], script[src]"), (element) =>
      element.href || element.src,
    ),
    switches: Array.from(document.querySelectorAll("a.switch"), (a) => ({ href: a.href, hreflang: a.hreflang })),
    searchReady: typeof window.wmkcNetErrSearch === "function",
  }));
  report.pages[url] = { status: response?.status() ?? 0, ...facts, problems: [...problems] };
  for (const link of facts.links) {
    const target = link.split("#")[0];
    if (target.startsWith(httpRoot) && target.endsWith(".html") && !seen.has(target)) {
      seen.add(target);
      queue.push(target);
    }
  }
}
// Assets are loaded by the pages; fetch them too so their status is on record.
for (const asset of ["assets/site.css", "assets/search.js", "assets/search-index.js"]) {
  const response = await page.goto(httpRoot + asset);
  report.pages[httpRoot + asset] = { status: response?.status() ?? 0, problems: [] };
}

// 2. Searches typed into the box, from the landing page and from both catalogues, over HTTP and from file://.
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
  for (const query of queries) {
    await page.fill("#search", "");
    await page.locator("#search").pressSequentially(query);
    const results = await page.$$eval("form.search .results a[data-code]", (links) =>
      links.map((a) => ({ code: a.dataset.code, href: a.href })),
    );
    report.searches.push({ start: root + path, query, results, problems: [...problems] });
  }
}

// 3. Enter goes to the first result.
await page.goto(httpRoot + "en/index.html", { waitUntil: "load" });
await page.locator("#search").pressSequentially("10054");
await Promise.all([page.waitForURL(/ECONNRESET\.html$/, { timeout: 5000 }).catch(() => {}), page.press("#search", "Enter")]);
report.enter = { query: "10054", landed: page.url() };

// 4. The language switch, clicked: it lands on the same code in the other language.
for (const path of ["en/ECONNRESET.html", "zh/ECONNRESET.html", "en/index.html", "zh/EAGAIN.html"]) {
  await page.goto(httpRoot + path, { waitUntil: "load" });
  const before = await page.evaluate(() => ({
    lang: document.documentElement.lang,
    code: document.querySelector("article[data-code]")?.dataset.code ?? null,
  }));
  await Promise.all([page.waitForEvent("load"), page.click("a.switch")]);
  const after = await page.evaluate(() => ({
    lang: document.documentElement.lang,
    code: document.querySelector("article[data-code]")?.dataset.code ?? null,
  }));
  report.clicks.push({ from: path, before, after, url: page.url() });
}

// 5. A phone-width screen: the page itself never scrolls sideways (wide tables scroll in their own box).
const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
const phonePage = await phone.newPage();
for (const path of ["index.html", "en/index.html", "zh/index.html", "en/EPROVIDERFAILEDINIT.html", "zh/ECONNRESET.html"]) {
  await phonePage.goto(httpRoot + path, { waitUntil: "load" });
  const width = await phonePage.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    viewport: window.innerWidth,
  }));
  report.phone.push({ path, ...width });
}

await browser.close();
process.stdout.write(JSON.stringify(report));
