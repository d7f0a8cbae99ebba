/*
 * search.js: results as you type on the search page (/search/), a deferred module loaded by that page only.
 * fuse.js and /search-index.json load when the reader starts to search: focus or typing in the field, or a ?q= from
 * the header's search form. Text from the index reaches the page through textContent only, never innerHTML.
 * Without JavaScript the page is an A–Z list of every topic; with it, the results appear above that list.
 */
const FUSE = '/js/vendor/fuse-7.1.0/fuse.min.js'; // keep the version in step with fuse.version in pom.xml
const INDEX = '/search-index.json';
const SHOWN = 10; // results listed; the count announces them all
const STOP = new Set(('a an and are as at be can could do does for from how i if in is it me my of on or should so the '
  + 'to was what when where which who why will with would you your').split(' '));

const form = document.getElementById('search-form');
const field = document.getElementById('search-q');
const list = document.getElementById('search-results');
const status = document.getElementById('search-status');

let engine = null;
let timer = 0;
let statusTimer = 0;

/* fuse.js and the index, fetched once, on first use. */
function load() {
  engine ??= Promise.all([
    import(FUSE),
    fetch(INDEX).then((r) => { if (!r.ok) throw new Error(`${INDEX}: ${r.status}`); return r.json(); }),
  ]).then(([{ default: Fuse }, index]) => ({
    synonyms: index.synonyms,
    fuse: new Fuse(index.pages, {
      // Near ties go to the patients' page: most readers are patients (a physician page must score twice as well).
      sortFn: (a, b) => bias(index.pages[a.idx]) * a.score - bias(index.pages[b.idx]) * b.score || a.idx - b.idx,
      keys: [
        // Patient words rank by where their clinical term is: title, then description or heading, then text.
        { name: 'title', weight: 5 }, { name: 'titleKeywords', weight: 4 }, { name: 'headings', weight: 2 },
        { name: 'description', weight: 2 }, { name: 'keywords', weight: 2 }, { name: 'text', weight: 1 },
        { name: 'bodyKeywords', weight: 1 },
      ],
      useExtendedSearch: true, // space between words means AND, | means OR
      ignoreLocation: true,
      threshold: 0.2, // about one typo in five letters
      minMatchCharLength: 2,
      includeMatches: true,
    }),
  })).catch((e) => { engine = null; throw e; });
  return engine;
}

function bias(page) {
  return page.section === 'For physicians' ? 2 : 1;
}

/* The reader's words, lower case, without punctuation (which fuse.js would read as operators) or filler words. */
function words(query) {
  const all = query.toLowerCase().replace(/[’‘]/g, "'").replace(/[^\p{L}\p{N}'-]+/gu, ' ').split(' ')
    .map((w) => w.replace(/^['-]+|['-]+$/g, '')).filter((w) => w.length > 0);
  const meaningful = all.filter((w) => !STOP.has(w));
  return meaningful.length > 0 ? meaningful : all;
}

async function search(query, announceNow) {
  clearTimeout(statusTimer);
  const terms = words(query);
  history.replaceState(null, '', terms.length ? `?q=${encodeURIComponent(query.trim())}` : location.pathname);
  if (terms.join('').length < 2) {
    show([], []);
    say('');
    return;
  }
  let found;
  try {
    const { fuse, synonyms } = await load();
    // Every word, or failing that any word.
    found = fuse.search(terms.join(' '));
    if (found.length === 0 && terms.length > 1) found = fuse.search(terms.join(' | '));
    if (field.value !== query) return; // the reader typed on while the index loaded
    show(found.slice(0, SHOWN), terms, synonyms);
  } catch (e) {
    show([], []);
    say('Search could not load. Please try again, or use the list of all topics below.');
    return;
  }
  const message = found.length === 0
    ? `No results for “${query.trim()}”. Check the spelling, try another word, or use the list of all topics below.`
    : `${found.length} ${found.length === 1 ? 'result' : 'results'} for “${query.trim()}”`
      + (found.length > SHOWN ? `, best ${SHOWN} shown.` : '.');
  // Announce once the reader pauses, not at every letter.
  if (announceNow) say(message); else statusTimer = setTimeout(() => say(message), 600);
}

function say(message) {
  status.textContent = message;
}

function show(results, terms, synonyms) {
  list.replaceChildren(...results.map((r) => item(r, terms, synonyms)));
  list.hidden = results.length === 0;
}

function item({ item: page, matches }, terms, synonyms) {
  const li = document.createElement('li');
  li.className = 'app-search__result';
  const link = document.createElement('a');
  link.className = 'app-search__link';
  link.href = page.url;
  link.textContent = page.title;
  const section = document.createElement('p');
  section.className = 'app-search__section';
  section.textContent = page.section;
  const snippet = document.createElement('p');
  snippet.className = 'app-search__snippet';
  snippet.append(...highlight(...snippetFor(page, matches, terms, synonyms)));
  li.append(link, section, snippet);
  return li;
}

/* [text, ranges] for a result's snippet: where the reader's words are in the text, the description or a heading; else,
   for a patient word (from the synonym list), where the clinical term is; else, for a typo, where fuse.js matched
   (3 letters or more); else the description as it is. */
function snippetFor(page, matches, terms, synonyms) {
  // A heading comes with the description after it, for context.
  const fields = [page.text, page.description, ...page.headings.map((h) => `${h} – ${page.description}`)];
  for (const value of fields) {
    const ranges = merge(terms.flatMap((t) => occurrences(value, t)));
    if (ranges.length) return [value, ranges];
  }
  const clinical = synonyms.filter((s) => s.words.some((w) => terms.some((t) => w.split(' ').includes(t)))).map((s) => s.term);
  for (const value of fields) {
    const ranges = merge(clinical.flatMap((t) => occurrences(value, t)));
    if (ranges.length) return [value, ranges];
  }
  for (const m of matches.filter((x) => x.key === 'text' || x.key === 'description')) {
    const ranges = merge(m.indices.map(([s, e]) => [s, e + 1]).filter(([s, e]) => e - s >= 3));
    if (ranges.length) return [m.value, ranges];
  }
  return [page.description, []];
}

/* [start, end) of each word in `text` that starts with `term`, ignoring case ("cost" marks all of "costs"). */
function occurrences(text, term) {
  const found = [];
  const lower = text.toLowerCase();
  const letter = /[\p{L}\p{N}]/u;
  for (let i = lower.indexOf(term); i >= 0; i = lower.indexOf(term, i + 1)) {
    if (i > 0 && letter.test(lower[i - 1])) continue;
    let end = i + term.length;
    while (end < lower.length && letter.test(lower[end])) end++;
    found.push([i, end]);
  }
  return found;
}

function merge(ranges) {
  const sorted = ranges.filter(([s, e]) => e - s >= 2).sort((a, b) => a[0] - b[0]);
  const out = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]); else out.push([...r]);
  }
  return out;
}

/* Text nodes and <mark>s for about 200 characters of `text` around its first match. */
function highlight(text, ranges) {
  let start = 0;
  let end = text.length;
  if (ranges.length && text.length > 200) {
    start = Math.max(0, ranges[0][0] - 60);
    if (start > 0) start = text.indexOf(' ', start) + 1;
    end = Math.min(text.length, start + 200);
    if (end < text.length) end = text.lastIndexOf(' ', end);
  } else if (text.length > 200) {
    end = text.lastIndexOf(' ', 200);
  }
  const nodes = [start > 0 ? '…' : ''];
  let at = start;
  for (const [s, e] of ranges) {
    if (e <= at || s >= end) continue;
    nodes.push(text.slice(at, Math.max(at, s)));
    const mark = document.createElement('mark');
    mark.textContent = text.slice(Math.max(at, s), Math.min(e, end));
    nodes.push(mark);
    at = Math.min(e, end);
  }
  nodes.push(text.slice(at, end), end < text.length ? '…' : '');
  return nodes;
}

/* Up and Down move between the field and the results; Tab works as everywhere else. */
function onKey(event) {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp' && event.key !== 'Escape') return;
  const links = [...list.querySelectorAll('a')];
  const at = links.indexOf(document.activeElement);
  let target = null;
  if (event.key === 'Escape') target = at >= 0 ? field : null;
  else if (event.key === 'ArrowDown') target = links[at + 1] ?? null;
  else target = at > 0 ? links[at - 1] : (at === 0 ? field : null);
  if (target) {
    event.preventDefault();
    target.focus();
  }
}

if (form && field && list && status) {
  field.addEventListener('focus', () => load().catch(() => {}), { once: true });
  field.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => search(field.value, false), 150);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    search(field.value, true);
  });
  field.addEventListener('keydown', onKey);
  list.addEventListener('keydown', onKey);
  const q = new URLSearchParams(location.search).get('q');
  if (q) {
    field.value = q;
    search(q, true);
  }
}
