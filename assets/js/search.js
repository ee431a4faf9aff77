/*
 * The search page: asks the site's own Pagefind index (pagefind/, written by the build) and lists
 * the results. Loaded by layouts/search.peb only. Without it the page still explains itself and
 * offers ways to browse. Every word comes from the page (data- attributes, from messages.yaml).
 *
 * The form is a plain GET form (q, filters, order), so a search's address can be shared; this
 * script reads it on load, runs the search as the reader types or ticks a filter, and keeps the
 * address in step. The filters' values are fetched only once the reader opens the filters (or the
 * address already has some), so a first search costs only the index chunks it needs. The count of results is announced by a live region (role="status"); focus stays
 * where the reader is, and moves only to the first new result when more are shown.
 */
const form = document.getElementById('search-form');
const input = document.getElementById('search-q');
const sort = document.getElementById('search-sort');
const sortArea = document.getElementById('search-sort-area');
const filterArea = document.getElementById('search-filters');
const resultsArea = document.getElementById('search-results');
const status = document.getElementById('search-status');
const list = document.getElementById('search-result-list');
const more = document.getElementById('search-more');
const noScript = document.getElementById('search-no-js');
const words = form.dataset;
const PAGE = 10;
const FILTERS = ['type', 'committee', 'theme', 'status', 'year'];

let pagefind = null;
let current = { results: [], shown: 0, run: 0 };
let typingTimer = 0;

function say(template, values) {
  return template.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? values[name] : whole));
}

/* Pagefind's excerpt is HTML with <mark> around the words found: keep its text and marks only. */
function excerpt(html) {
  const fragment = document.createDocumentFragment();
  const parsed = new DOMParser().parseFromString('<p>' + html + '</p>', 'text/html').body;
  parsed.querySelectorAll('p').forEach((p) => p.childNodes.forEach((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      fragment.append(mark);
    } else {
      fragment.append(document.createTextNode(node.textContent));
    }
  }));
  return fragment;
}

function chosenFilters() {
  const chosen = {};
  filterArea.querySelectorAll('input[type=checkbox]:checked').forEach((box) => {
    (chosen[box.name] = chosen[box.name] || { any: [] }).any.push(box.value);
  });
  return chosen;
}

/* One checkbox per value the index holds, under the fieldset of its filter. */
function buildFilters(all, wanted) {
  filterArea.querySelectorAll('fieldset[data-filter]').forEach((fieldset) => {
    const name = fieldset.dataset.filter;
    const values = Object.keys(all[name] || {}).sort((a, b) => (name === 'year' ? b.localeCompare(a) : a.localeCompare(b)));
    const options = fieldset.querySelector('.search-filter__options');
    values.forEach((value, index) => {
      const id = 'filter-' + name + '-' + index;
      const item = document.createElement('div');
      item.className = 'search-filter__option';
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.id = id;
      box.name = name;
      box.value = value;
      box.checked = wanted.getAll(name).includes(value);
      const label = document.createElement('label');
      label.htmlFor = id;
      label.textContent = value;
      item.append(box, label);
      options.append(item);
    });
    fieldset.hidden = values.length === 0;
  });
}

/* The lists of filter values are fetched the first time the filters are opened, not for every search. */
let filtersLoaded = null;
function loadFilters(wanted) {
  filtersLoaded = filtersLoaded || pagefind.filters().then((all) => buildFilters(all, wanted), (error) => {
    filtersLoaded = null;
    throw error;
  });
  return filtersLoaded;
}

function keepAddress(query) {
  const params = new URLSearchParams();
  if (query) {
    params.set('q', query);
  }
  filterArea.querySelectorAll('input[type=checkbox]:checked').forEach((box) => params.append(box.name, box.value));
  if (sort.value) {
    params.set('sort', sort.value);
  }
  const search = params.toString();
  history.replaceState(null, '', search ? '?' + search : location.pathname);
}

async function show(count, focusFirst) {
  const run = current.run;
  const batch = current.results.slice(current.shown, current.shown + count);
  const data = await Promise.all(batch.map((result) => result.data()));
  if (run !== current.run) {
    return;
  }
  let first = null;
  data.forEach((page) => {
    const item = document.createElement('li');
    item.className = 'search-result';
    const heading = document.createElement('h3');
    const link = document.createElement('a');
    link.href = page.url;
    link.textContent = page.meta.title || page.url;
    heading.append(link);
    const facts = [];
    const filters = page.filters || {};
    (filters.type || []).forEach((type) => facts.push(type));
    if (page.meta.date) {
      facts.push(page.meta.date);
    }
    (filters.status || []).forEach((value) => facts.push(value));
    const meta = document.createElement('p');
    meta.className = 'meta';
    meta.textContent = facts.join(' · ');
    const text = document.createElement('p');
    text.append(excerpt(page.excerpt || ''));
    item.append(heading, meta, text);
    list.append(item);
    first = first || link;
  });
  current.shown += batch.length;
  more.hidden = current.shown >= current.results.length;
  if (focusFirst && first) {
    first.focus();
  }
}

async function search() {
  const query = input.value.trim();
  const filters = chosenFilters();
  keepAddress(query);
  const run = ++current.run;
  if (!query && Object.keys(filters).length === 0) {
    list.replaceChildren();
    resultsArea.hidden = true;
    status.textContent = '';
    return;
  }
  const options = { filters };
  if (sort.value === 'newest') {
    options.sort = { date: 'desc' };
  }
  const found = await pagefind.search(query || null, options);
  if (run !== current.run || !found) {
    return;
  }
  current = { results: found.results, shown: 0, run };
  list.replaceChildren();
  resultsArea.hidden = false;
  await show(PAGE, false);
  if (run !== current.run) {
    return;
  }
  // Announced once the first results are on the page, so what is heard can be read straight away.
  const count = found.results.length;
  const shownQuery = query || '';
  status.textContent = count === 0 ? say(words.none, { query: shownQuery })
    : say(count === 1 ? words.one : words.many, { count: count.toLocaleString(document.documentElement.lang), query: shownQuery });
}

async function start() {
  noScript.hidden = true;
  const wanted = new URLSearchParams(location.search);
  input.value = wanted.get('q') || '';
  sort.value = wanted.get('sort') === 'newest' ? 'newest' : '';
  try {
    pagefind = await import(new URL('../pagefind/pagefind.js', import.meta.url).href);
    // Result addresses start from the site's root, wherever the site is published.
    await pagefind.options({ baseUrl: new URL('../', import.meta.url).pathname, excerptLength: 24 });
    if (FILTERS.some((name) => wanted.has(name))) {
      filterArea.open = true;
      await loadFilters(wanted);
    }
  } catch (error) {
    status.textContent = words.failed;
    noScript.hidden = false;
    return;
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typingTimer);
    search();
  });
  input.addEventListener('input', () => {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(search, 300);
  });
  filterArea.hidden = false;
  sortArea.hidden = false;
  filterArea.addEventListener('toggle', () => {
    if (filterArea.open) {
      loadFilters(wanted).catch(() => { status.textContent = words.failed; });
    }
  });
  filterArea.addEventListener('change', search);
  sort.addEventListener('change', search);
  more.addEventListener('click', () => show(PAGE, true));
  await search();
}

start();
