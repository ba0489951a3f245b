// The inbox (/inbox): the signed-in person's work in the register, in tabs — his drafts, drafts
// submitted for his signature, signed acts awaiting his approval, drafts returned to him with remarks
// (GET /api/drafts?box=...), the acts he signed that still await his EDS signature
// (GET /api/acts/issued?signatory=...&eds=missing; signed through NCALayer by inbox-eds.js) and the acts he
// signed that are under execution control (GET /api/acts/issued?prosecutor=...), and the acts issued from the drafts
// he drafted or signed (GET /api/drafts?box=issued), each offering the documents that follow from it and showing
// its links to others (inbox-follow-ups.js). A drafter opens his draft in the act form (/?draft=ID); a
// signatory or an approver opens it here, beside its preview (inbox-detail.js).

import { showSession } from './session.js';
import { capital, el, getJson, isAbort, latest, personCell, setUiLanguage, storedUiLanguage, t, wireUiLanguageSwitch } from './common.js';
import { draftStateText, problemText } from './draft-words.js';
import { DraftDetail } from './inbox-detail.js';
import { EdsSigning } from './inbox-eds.js';
import { FollowUps } from './inbox-follow-ups.js';

const $ = id => document.getElementById(id);
const BOXES = ['mine', 'for-signature', 'for-approval', 'returned', 'eds', 'issued', 'control'];

const state = { session: null, box: 'mine', items: [], kinds: [] };

const detail = new DraftDetail({ changed: () => list() });
const eds = new EdsSigning({ changed: () => list() });
const followUps = new FollowUps({ kindTitle: kind => kindTitle(kind) });

function formatDate(value) {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value || '');
  return match ? `${match[3]}.${match[2]}.${match[1]}` : (value ?? '');
}

function kindTitle(kind) {
  const found = state.kinds.find(k => k.kind === kind);
  return found ? capital(found.titles[document.documentElement.lang] ?? kind) : kind;
}

// ---- tabs ----

function choose(box, focus = false) {
  state.box = box;
  for (const tab of document.querySelectorAll('[role=tab]')) {
    const selected = tab.dataset.box === box;
    tab.setAttribute('aria-selected', String(selected));
    tab.tabIndex = selected ? 0 : -1;
    if (selected && focus) tab.focus();
  }
  $('inbox-panel').setAttribute('aria-labelledby', `tab-${box}`);
  const url = new URL(location.href);
  url.searchParams.set('box', box);
  history.replaceState(null, '', url);
  detail.close();
  eds.close();
  followUps.close();
  return list();
}

/** Arrow keys move between the tabs, as the ARIA tabs pattern has it. */
function tabKeys(event) {
  const index = BOXES.indexOf(state.box);
  const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: BOXES.length - 1 }[event.key];
  if (next === undefined) return;
  event.preventDefault();
  choose(BOXES[(next + BOXES.length) % BOXES.length], true);
}

// ---- lists ----

const list = latest(async signal => {
  $('inbox-status').textContent = t('status.loading');
  try {
    state.items = (await getJson(listAddress(), signal)).items ?? [];
    $('inbox-status').textContent = '';
  } catch (error) {
    if (isAbort(error)) return;
    state.items = [];
    $('inbox-status').textContent = problemText(error);
  }
  draw();
});

function listAddress() {
  if (state.box === 'control') return `/api/acts/issued?prosecutor=${encodeURIComponent(state.session.name)}&limit=200`;
  if (state.box === 'issued') return '/api/drafts?box=issued';
  if (state.box === 'eds') return `/api/acts/issued?signatory=${encodeURIComponent(state.session.login)}&eds=missing&limit=200`;
  return `/api/drafts?box=${state.box}`;
}

function draw() {
  $('inbox-help').textContent = t(`inbox.${state.box}.help`);
  const control = state.box === 'control';
  const issued = state.box === 'issued';
  const columns = control
    ? ['inbox.col.number', 'inbox.col.kind', 'inbox.col.date', 'inbox.col.due', 'inbox.col.status', 'inbox.col.documents']
    : issued ? ['inbox.col.number', 'inbox.col.kind', 'inbox.col.date', 'inbox.col.signedBy', 'inbox.col.documents']
    : state.box === 'eds' ? ['inbox.col.number', 'inbox.col.kind', 'inbox.col.date', 'inbox.col.action']
    : ['inbox.col.draft', 'inbox.col.kind', 'inbox.col.date', 'inbox.col.state', state.box === 'mine' || state.box === 'returned' ? 'inbox.col.signatory' : 'inbox.col.drafter', 'inbox.col.action'];
  $('inbox-head').replaceChildren(...columns.map(key => el('th', { scope: 'col' }, t(key))));
  $('inbox-rows').replaceChildren(...state.items.map(control ? controlRow : issued ? issuedRow : state.box === 'eds' ? edsRow : draftRow));
  $('inbox-table').hidden = state.items.length === 0;
  $('inbox-empty').hidden = state.items.length > 0;
  $('inbox-empty').textContent = t('inbox.empty');
}

function draftRow(item) {
  const editable = state.box === 'mine' || state.box === 'returned';
  const open = editable && (item.state === 'draft' || item.state === 'returned')
    ? el('a', { href: `/?draft=${item.id}`, 'aria-label': t('inbox.openLabel', { id: item.id }) }, t('inbox.openInForm'))
    : el('button', { type: 'button', class: 'secondary', 'aria-label': t('inbox.openLabel', { id: item.id }), onclick: () => detail.open(item.id, state.session) }, t('inbox.open'));
  const person = editable ? personCell(item.signatory, item.signatoryName) : personCell(item.draftedBy, item.draftedByName);
  return el('tr', { dataset: { id: String(item.id), state: item.state } },
    el('td', {}, `№ ${item.id}`), el('td', {}, item.title || kindTitle(item.kind)), el('td', {}, formatDate(item.date)),
    el('td', { class: 'draft-state-name' }, item.registrationNumber ? `${draftStateText(item.state)} · ${item.registrationNumber}` : draftStateText(item.state)),
    person, el('td', {}, open));
}

/** An act issued from a draft the person drafted or signed: its documents, and what follows from it. */
function issuedRow(item) {
  const act = { id: item.issuedActId, registrationNumber: item.registrationNumber };
  const link = format => el('a', { href: `/api/acts/issued/${act.id}/document?format=${format}`, download: '' }, format.toUpperCase());
  return el('tr', { dataset: { id: String(act.id), draft: String(item.id) } },
    el('td', {}, item.registrationNumber ?? '—'), el('td', {}, kindTitle(item.kind)), el('td', {}, formatDate(item.date)),
    personCell(item.signatory, item.signatoryName), documentsCell(link, act));
}

function followUpsButton(act) {
  return el('button', { type: 'button', class: 'secondary', 'aria-label': t('followUps.openLabel', { number: act.registrationNumber }), onclick: () => followUps.open(act, state.session) }, t('followUps.open'));
}

function controlRow(act) {
  const link = format => el('a', { href: act.links?.[format] ?? `/api/acts/issued/${act.id}/document?format=${format}`, download: '' }, format.toUpperCase());
  return el('tr', { dataset: { id: String(act.id) } },
    el('td', {}, act.registrationNumber), el('td', {}, kindTitle(act.kind)), el('td', {}, formatDate(act.date)),
    el('td', {}, act.dueDate ? formatDate(act.dueDate) : t('issue.noDueDate')), el('td', {}, t(`control.status.${act.status}`)),
    documentsCell(link, act));
}

/** The act's files and its related documents: the files kept on one line, the button beside or under them, never a dangling "·". */
function documentsCell(link, act) {
  return el('td', { class: 'documents' }, el('span', { class: 'formats' }, link('docx'), ' · ', link('pdf')), ' ', followUpsButton(act));
}

function edsRow(act) {
  const sign = el('button', { type: 'button', class: 'primary', 'aria-label': t('eds.signLabel', { number: act.registrationNumber }) }, t('eds.sign'));
  sign.addEventListener('click', () => eds.sign(act, sign));
  return el('tr', { dataset: { id: String(act.id) } },
    el('td', {}, act.registrationNumber), el('td', {}, kindTitle(act.kind)), el('td', {}, formatDate(act.date)), el('td', {}, sign));
}

// ---- start ----

async function start() {
  await setUiLanguage(storedUiLanguage());
  state.session = await showSession();
  state.kinds = await getJson('/api/acts');
  for (const tab of document.querySelectorAll('[role=tab]')) {
    tab.addEventListener('click', () => choose(tab.dataset.box));
    tab.addEventListener('keydown', tabKeys);
  }
  wireUiLanguageSwitch(() => { draw(); detail.relabel(); eds.relabel(); followUps.relabel(); });
  const asked = new URLSearchParams(location.search).get('box');
  await choose(BOXES.includes(asked) ? asked : 'mine');
  const draft = new URLSearchParams(location.search).get('draft');
  if (draft) await detail.open(draft, state.session);
  document.body.dataset.ready = 'true';
}

start().catch(error => { $('inbox-status').textContent = t('status.offline', { detail: error.message }); });
