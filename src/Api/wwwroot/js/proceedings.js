// The tracked enforcement proceedings (/register/proceedings): those the person reads, a page at a time,
// filtered by office, category and period (GET /api/proceedings), with a link to p. 17's indicators for the
// same office and period (GET /api/indicators/p17/report, HTML); and for a controller or an administrator
// the form that enters and changes them (proceeding-form.js). The interface language comes from the
// address (?lang=kk|ru, as the control page takes it), else from the last choice in this browser. Below them,
// the annual checks of the departments of justice and private bailiffs (held-checks.js).

import { showSession } from './session.js';
import { capital, el, getJson, isAbort, latest, setUiLanguage, storedUiLanguage, t, uiLanguage, wireUiLanguageSwitch } from './common.js';
import { ProceedingForm, formatDate, showSum } from './proceeding-form.js';
import { refusal } from './proceeding-errors.js';
import { HeldChecks } from './held-checks.js';

const $ = id => document.getElementById(id);
const LIMIT = 50;

const state = { session: null, kinds: [], items: [], offset: 0, total: 0, filters: {} };

const checks = new HeldChecks();

const form = new ProceedingForm({
  saved: () => list(),
  kindTitle: kind => kindTitle(kind),
});

function kindTitle(kind) {
  const found = state.kinds.find(k => k.kind === kind);
  return found ? capital(found.titles[uiLanguage()] ?? kind) : kind;
}

// ---- filters and the p. 17 link ----

function readFilters() {
  const filters = {};
  for (const name of ['office', 'category', 'from', 'to']) {
    const value = $(`filter-${name}`).value.trim();
    if (value) filters[name] = value;
  }
  return filters;
}

/** The address of the page itself with its filters, so that a reload or a shared link shows the same list. */
function remember() {
  const url = new URL(location.href);
  for (const name of ['office', 'category', 'from', 'to']) {
    if (state.filters[name]) url.searchParams.set(name, state.filters[name]);
    else url.searchParams.delete(name);
  }
  url.searchParams.set('lang', uiLanguage());
  history.replaceState(null, '', url);
}

/** p. 17's report (HTML) for the office and period of the filters; the period is the year so far by default, as the report has it. */
function p17Link() {
  const query = new URLSearchParams({ language: uiLanguage() });
  for (const name of ['office', 'from', 'to']) {
    if (state.filters[name]) query.set(name, state.filters[name]);
  }
  $('p17-link').href = `/api/indicators/p17/report?${query}`;
}

// ---- the list ----

const list = latest(async signal => {
  $('list-status').textContent = t('status.loading');
  const query = new URLSearchParams({ ...state.filters, limit: String(LIMIT), offset: String(state.offset) });
  try {
    const page = await getJson(`/api/proceedings?${query}`, signal);
    state.items = page.items ?? [];
    state.total = page.total ?? state.items.length;
    $('list-status').textContent = '';
  } catch (error) {
    if (isAbort(error)) return;
    state.items = [];
    state.total = 0;
    const { field, message } = refusal(error, {}, null);
    $('list-status').textContent = field ? t('proceedings.error.filter') : message;
  }
  draw();
});

const COLUMNS = ['proceedings.col.number', 'proceedings.col.office', 'proceedings.col.category', 'proceedings.col.parties',
  'proceedings.col.figures', 'proceedings.col.dates', 'proceedings.col.acts'];

function draw() {
  const writer = ProceedingForm.mayWrite(state.session);
  const columns = writer ? [...COLUMNS, 'proceedings.col.action'] : COLUMNS;
  $('proceedings-head').replaceChildren(...columns.map(key => el('th', { scope: 'col' }, t(key))));
  $('proceedings-rows').replaceChildren(...state.items.map(row));
  $('proceedings-table').hidden = state.items.length === 0;
  $('proceedings-empty').hidden = state.items.length > 0;
  $('proceedings-empty').textContent = t('proceedings.empty');
  const paged = state.offset > 0 || state.offset + state.items.length < state.total;
  $('proceedings-pages').hidden = !paged;
  $('pages-shown').textContent = t('proceedings.pages.shown', {
    first: state.items.length === 0 ? state.offset : state.offset + 1, last: state.offset + state.items.length, total: state.total,
  });
  $('page-prev').hidden = state.offset === 0;
  $('page-next').hidden = state.offset + state.items.length >= state.total;
}

function figures(item) {
  if (item.category === 'prosecutor-claim-non-property') {
    const marks = [t(item.executed ? 'proceedings.executed.yes' : 'proceedings.executed.no')];
    if (item.withoutWrit) marks.push(t('proceedings.mark.withoutWrit'));
    return marks.join('; ');
  }
  const sums = t('proceedings.sums', { due: showSum(item.sumDue), recovered: showSum(item.recovered) });
  if (item.termBreached) return `${sums}; ${t('proceedings.mark.termBreached')}`;
  if (item.privateInterest) return `${sums}; ${t('proceedings.mark.privateInterest')}`;
  return sums;
}

function row(item) {
  const dates = item.closedOn ? `${formatDate(item.openedOn)} – ${formatDate(item.closedOn)}` : formatDate(item.openedOn);
  const cells = [
    el('td', {}, item.number),
    el('td', {}, item.officeCode),
    el('td', {}, t(`proceedings.category.${item.category}`)),
    el('td', {}, el('span', {}, item.creditor), el('br'), el('span', { class: 'note' }, item.debtor)),
    el('td', { class: 'figures' }, figures(item)),
    el('td', {}, dates),
    el('td', {}, item.actIds.length === 0 ? '—' : item.actIds.map(id => form.acts.find(act => act.id === id)?.registrationNumber ?? `№ ${id}`).join(', ')),
  ];
  if (ProceedingForm.mayWrite(state.session)) {
    cells.push(el('td', {}, ProceedingForm.mayWrite(state.session, item.officeCode)
      ? el('button', { type: 'button', class: 'secondary', 'aria-label': t('proceedings.changeLabel', { number: item.number }), onclick: () => form.open(item).then(() => $('proceeding-editor').scrollIntoView()) }, t('proceedings.change'))
      : ''));
  }
  return el('tr', { dataset: { id: String(item.id), number: item.number } }, ...cells);
}

// ---- start ----

async function start() {
  const params = new URLSearchParams(location.search);
  const asked = params.get('lang');
  await setUiLanguage(asked === 'kk' || asked === 'ru' ? asked : storedUiLanguage());
  state.session = await showSession();
  state.kinds = await getJson('/api/acts').catch(() => []);
  for (const name of ['office', 'category', 'from', 'to']) {
    if (params.get(name)) $(`filter-${name}`).value = params.get(name);
  }
  state.filters = readFilters();
  $('filters').addEventListener('submit', event => {
    event.preventDefault();
    state.filters = readFilters();
    state.offset = 0;
    remember();
    p17Link();
    list();
  });
  $('page-prev').addEventListener('click', () => { state.offset = Math.max(0, state.offset - LIMIT); list(); });
  $('page-next').addEventListener('click', () => { state.offset += LIMIT; list(); });
  wireUiLanguageSwitch(() => { remember(); p17Link(); draw(); checks.relabel(); if (!$('proceeding-editor').hidden) form.relabel(); });
  p17Link();
  remember();
  const writer = ProceedingForm.mayWrite(state.session);
  $('read-only-note').hidden = writer;
  if (writer) await form.start(state.session);
  await Promise.all([list(), checks.start(state.session)]);
  document.body.dataset.ready = 'true';
}

start().catch(error => { $('list-status').textContent = t('status.offline', { detail: error.message }); });
