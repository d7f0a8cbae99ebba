/*
 * search.js: results as you type on a search page (/search/, or a search page in another language), a deferred module
 * loaded by those pages only. fuse.js and the index of the page's language (/search-index.json, or for example
 * /search-index.es.json; decision 0047) load when the reader starts to search: focus or typing in the field, or a ?q= from
 * the header's search form. Text from the index reaches the page through textContent only, never innerHTML.
 * Crisis language (data/crisis-terms.yaml, carried by the page itself) shows the crisis answer above every result at
 * once, before and whether or not the library and the index load.
 * Without JavaScript the page is an A–Z list of every topic; with it, the results appear above that list.
 * Its syntax is ES2018's, nothing newer (no ?. or ??: SearchScriptTest): a phone whose browser runs modules but not
 * ES2020 would fail to read the whole module, and the crisis answer with it.
 */
const FUSE = '/js/vendor/fuse-7.1.0/fuse.min.js'; // keep the version in step with fuse.version in pom.xml
const SHOWN = 10; // results listed; the count announces them all
/*
 * The words that depend on the page's language (<html lang>; decision 0047), normalized as normalize() leaves them:
 * filler words a search leaves out ("stop"), a reader's words for themselves ("self") and for their patients
 * ("patients", which make a search with "I" or "my" a physician's again; see isPhysicians).
 */
const LANGUAGES = {
  en: {
    stop: 'a about am an and any are as at be can cant could did do does doesnt dont for from get has have how i if im in '
      + 'is isnt it ive me my of on or should so still the there this to was what whats when where which who why will '
      + 'with wont would you your',
    self: 'i im ive me my myself',
    patients: 'patient patients',
  },
  es: {
    stop: 'a al algo como con cual cuando de del donde el ella en es esta este esto estoy hay la las lo los me mi mis muy '
      + 'no o para pero por puedo que se si sin su sus te tengo tiene un una uno y yo',
    self: 'yo me mi mis conmigo',
    patients: 'paciente pacientes',
  },
};
const OWN = LANGUAGES[document.documentElement.lang.split('-')[0]] || LANGUAGES.en;
const WORDS = { stop: new Set(OWN.stop.split(' ')), self: new Set(OWN.self.split(' ')), patients: new Set(OWN.patients.split(' ')) };
/* Where a word counts most: the title, then patient words for a term in the title, then the summary, then the text. */
const FIELDS = { title: 5, titleKeywords: 4, headings: 2, description: 2, keywords: 2, text: 1, bodyKeywords: 1 };

const form = document.getElementById('search-form');
const field = document.getElementById('search-q');
const list = document.getElementById('search-results');
const status = document.getElementById('search-status');
const crisisRegion = document.getElementById('search-crisis');
const crisisAnswer = document.getElementById('search-crisis-answer');
/* The words this script shows, in the page's language (templates/messages, keys search_results.*), and its index. */
const RESULTS = document.querySelector('.app-search-results');
const TEXT = JSON.parse(RESULTS.dataset.messages);
const INDEX = RESULTS.dataset.index;
const CRISIS = crisisPhrases();

let engine = null;
let timer = 0;
let statusTimer = 0;
let crisisShown = false;

/* fuse.js and the index, fetched once, on first use. */
function load() {
  engine = engine || Promise.all([
    import(FUSE),
    fetch(INDEX).then((r) => { if (!r.ok) throw new Error(`${INDEX}: ${r.status}`); return r.json(); }),
  ]).then(([{ default: Fuse }, index]) => ({
    synonyms: index.synonyms,
    physicianWords: index.physicianWords || [],
    docs: index.pages,
    // Each page's fields as normalized words with a space before each, for whole-word matching.
    fields: index.pages.map((page) => Object.fromEntries(Object.keys(FIELDS).map((key) =>
      [key, ` ${normalize([page[key] || ''].flat().join(' '))}`]))),
    fuse: new Fuse(index.pages, {
      keys: Object.entries(FIELDS).map(([name, weight]) => ({ name, weight })),
      ignoreLocation: true,
      threshold: 0.2, // about one typo in five letters
      ignoreDiacritics: true, // "depresion" finds "depresión", as normalize() folds them
      minMatchCharLength: 2,
      includeMatches: true,
      includeScore: true,
    }),
  })).catch((e) => { engine = null; throw e; });
  return engine;
}

/*
 * Results for the reader's words, best first. Each word scores on its own, so the words of a question may be found in
 * different parts of a page: a word scores the weights of the fields that hold it (at the start of a word: "cost"
 * finds "costs"), times how rare it is across the site (so "ptsd" counts more than "ketamine"). A word found nowhere
 * is looked up by fuse.js, which forgives typos. Order: pages with more of the words first; then, among pages with as
 * many, the reader's audience first (patients' and everyone's pages, or the physicians' for a physician's words:
 * data/search-audience.yaml); then the score.
 */
function rank({ fuse, synonyms, physicianWords, docs, fields }, terms, query) {
  const pages = new Map();
  // A patient phrase of the synonym list found whole in the question ("stop my antidepressants") counts as one more word.
  const question = ` ${normalize(query)} `;
  const phrases = [...new Set(synonyms.flatMap((s) => s.words).map(normalize))].filter((w) => w.includes(' ') && question.includes(` ${w} `));
  for (const term of [...terms, ...phrases]) {
    // The word, without a plural s, and any synonym term it starts with ("dissociation" -> "dissociat").
    const forms = [term, ...(term.length > 4 && term.endsWith('s') ? [term.slice(0, -1)] : []),
      ...synonyms.map((s) => normalize(s.term)).filter((t) => t.length >= 4 && t !== term && term.startsWith(t))];
    const hits = new Map();
    fields.forEach((page, i) => {
      const weight = Object.entries(FIELDS).reduce((sum, [key, w]) => sum + (forms.some((f) => page[key].includes(` ${f}`)) ? w : 0), 0);
      if (weight > 0) hits.set(i, { weight, matches: [] });
    });
    if (hits.size === 0) {
      for (const r of fuse.search(term)) hits.set(r.refIndex, { weight: 3 * (1 - r.score), matches: r.matches });
    }
    const rarity = Math.log((fields.length + 1) / (hits.size + 0.5));
    for (const [i, hit] of hits) {
      const page = pages.get(i) || { item: docs[i], refIndex: i, found: 0, score: 0, matches: [] };
      page.found += 1;
      page.score += rarity * hit.weight;
      page.matches.push(...hit.matches);
      pages.set(i, page);
    }
  }
  const physician = isPhysicians(query, physicianWords);
  const tier = (page) => (page.audience === 'physicians') === physician ? 0 : 1;
  return [...pages.values()].sort((a, b) => b.found - a.found || tier(a.item) - tier(b.item)
    || b.score - a.score || a.refIndex - b.refIndex);
}

/* True when the query holds a physician's word and is not a patient asking about themselves ("do I need a referral"). */
function isPhysicians(query, physicianWords) {
  const text = ` ${normalize(query)} `;
  const own = text.trim().split(' ');
  if (own.some((w) => WORDS.self.has(w)) && !own.some((w) => WORDS.patients.has(w))) return false;
  return physicianWords.some((w) => text.includes(` ${normalize(w)} `));
}

/* Lower case, letters without accents ("depresión" is "depresion"), no apostrophes ("can't" is "cant"), any other
   punctuation or hyphen a single space. */
function normalize(text) {
  return fold(text.toLowerCase()).replace(/[’‘']/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/* Each accented letter as its letter alone ("é" is "e", "ñ" is "n"), one character for one, so places found in the
   folded text are places in the text itself (occurrences). */
function fold(text) {
  return text.replace(/[^\u0000-\u007f]/g, (c) => c.normalize('NFD').charAt(0));
}

/* The reader's words, lower case, without punctuation or filler words. */
function words(query) {
  const all = normalize(query).split(' ').filter((w) => w.length > 0);
  const meaningful = all.filter((w) => !WORDS.stop.has(w));
  return meaningful.length > 0 ? meaningful : all;
}

/* data/crisis-terms.yaml, from the page: each phrase as normalized words, and whether it matches any ending (*). */
function crisisPhrases() {
  try {
    return JSON.parse((crisisRegion && crisisRegion.dataset.phrases) || '[]')
      .map((p) => ({ text: normalize(p.replace(/\*$/, '')), anyEnding: p.endsWith('*') }))
      .filter((p) => p.text.length > 0);
  } catch {
    return [];
  }
}

/* True when the query holds crisis language (the rules are at the top of data/crisis-terms.yaml). */
function crisisIn(query) {
  const text = ` ${normalize(query)} `;
  const own = text.trim().split(' ');
  return CRISIS.some(({ text: p, anyEnding }) => {
    if (text.includes(anyEnding ? ` ${p}` : ` ${p} `)) return true;
    if (p.includes(' ')) return false;
    // One typo: in a whole word of 8 letters or more, or in the start of a longer word for a stem of 6 or more.
    if (!anyEnding) return p.length >= 8 && own.some((w) => typos(w, p) <= 1);
    return p.length >= 6 && own.some((w) => w.length > p.length && [-1, 0, 1].some((d) => typos(w.slice(0, p.length + d), p) <= 1));
  });
}

/* Letters added, missing, changed or two swapped between a and b (optimal string alignment distance). */
function typos(a, b) {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/* Shows or removes the crisis answer. It is copied into the alert region only when it appears, so it is announced once. */
function crisis(query) {
  const now = crisisIn(query);
  if (now === crisisShown || !crisisRegion || !crisisAnswer) return;
  crisisShown = now;
  crisisRegion.replaceChildren(...(now ? [crisisAnswer.content.cloneNode(true)] : []));
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
    const index = await load();
    found = rank(index, terms, query);
    if (field.value !== query) return; // the reader typed on while the index loaded
    show(found.slice(0, SHOWN), terms, index.synonyms);
  } catch (e) {
    show([], []);
    say(TEXT.failed);
    return;
  }
  const key = found.length === 0 ? 'none' : found.length === 1 ? 'one' : found.length > SHOWN ? 'many_shown' : 'many';
  const message = fill(TEXT[key], { query: query.trim(), count: found.length, shown: SHOWN });
  // Announce once the reader pauses, not at every letter.
  if (announceNow) say(message); else statusTimer = setTimeout(() => say(message), 600);
}

function say(message) {
  status.textContent = message;
}

/* A message with each {name} replaced by values[name]. */
function fill(message, values) {
  return message.replace(/\{(\w+)\}/g, (place, name) => (name in values ? String(values[name]) : place));
}

function show(results, terms, synonyms) {
  list.replaceChildren(...results.map((r) => item(r, terms, synonyms)));
  list.hidden = results.length === 0;
}

function item({ item: page, matches }, terms, synonyms) {
  const li = document.createElement('li');
  li.className = 'app-search-results__item';
  const link = document.createElement('a');
  link.className = 'app-search-results__link';
  link.href = page.url;
  link.textContent = page.title;
  const section = document.createElement('p');
  section.className = `app-search-results__section app-search-results__section--${page.audience}`;
  section.textContent = page.section === 'News' ? TEXT.audience_news : TEXT[`audience_${page.audience}`];
  const snippet = document.createElement('p');
  snippet.className = 'app-search-results__snippet';
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

/* [start, end) of each word in `text` that starts with `term`, ignoring case and accents ("cost" marks all of "costs"). */
function occurrences(text, term) {
  const found = [];
  const lower = fold(text.toLowerCase());
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
  else if (event.key === 'ArrowDown') target = links[at + 1] || null;
  else target = at > 0 ? links[at - 1] : (at === 0 ? field : null);
  if (target) {
    event.preventDefault();
    target.focus();
  }
}

if (form && field && list && status) {
  field.addEventListener('focus', () => load().catch(() => {}), { once: true });
  field.addEventListener('input', () => {
    crisis(field.value);
    clearTimeout(timer);
    timer = setTimeout(() => search(field.value, false), 150);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    crisis(field.value);
    search(field.value, true);
  });
  field.addEventListener('keydown', onKey);
  list.addEventListener('keydown', onKey);
  const q = new URLSearchParams(location.search).get('q');
  if (q) {
    field.value = q;
    crisis(q);
    search(q, true);
  }
}
