// The form that enters or changes a tracked proceeding (POST /api/proceedings, PUT /api/proceedings/{id}),
// offered only to a controller (of the proceeding's office) or an administrator; the server decides anyway.
// Fields a category does not take are hidden and disabled (their typed values stay in the page, and come
// back if the category is chosen again); the register's refusals are shown beside the field they name, in
// the interface language, and nothing typed is cleared until the proceeding is saved.

import { el, getJson, send, t } from './common.js';
import { FIELDS, refusal } from './proceeding-errors.js';
import { FieldErrors } from './field-errors.js';

const $ = id => document.getElementById(id);
const TEXTS = ['officeCode', 'number', 'executiveDocument', 'creditor', 'debtor'];
const FLAGS = ['termBreached', 'privateInterest', 'executed', 'withoutWrit'];
// A field without an input of its own (the acts linked, chosen by checkboxes) is marked at the first checkbox.
const ERRORS = new FieldErrors({ fields: FIELDS, listId: name => `e-${name}`, input: name => $(`p-${name}`) ?? document.querySelector('#p-acts input'), summaryId: 'form-summary' });

/** "1 500 000,50" or "1500000.50" as a number of tenge; undefined when empty, NaN when not a sum with at most two decimals. */
export function parseSum(text) {
  const compact = (text ?? '').replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (compact === '') return undefined;
  return /^\d{1,15}(\.\d{1,2})?$/.test(compact) ? Number(compact) : NaN;
}

/** A sum as people read it: "1 500 000,50" (in a list the groups are held together by no-break spaces). */
export function showSum(value, space = '\u00a0') {
  if (value === null || value === undefined) return '';
  const [whole, part] = Number(value).toFixed(2).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, space);
  return part === '00' ? grouped : `${grouped},${part}`;
}

export class ProceedingForm {
  /** @param {{ saved: (proceeding: object) => void, kindTitle: (kind: string) => string }} hooks */
  constructor(hooks) {
    this.hooks = hooks;
    this.session = null;
    this.editing = null;
    this.acts = [];
    this.actsOffice = null;
    $('proceeding-form').addEventListener('submit', event => { event.preventDefault(); this.save(); });
    $('p-category').addEventListener('change', () => this.applyCategory());
    $('p-officeCode').addEventListener('change', () => this.loadActs());
    $('new').addEventListener('click', () => this.open(null));
  }

  /** Whether the person may enter proceedings of an office (a controller there, or an administrator). */
  static mayWrite(session, officeCode) {
    if (!session) return false;
    if (session.roles.includes('admin')) return true;
    return session.roles.includes('controller') && (officeCode === undefined || session.office === officeCode);
  }

  /** Shows the form for the person, empty for a new proceeding. */
  start(session) {
    this.session = session;
    $('proceeding-editor').hidden = false;
    return this.open(null);
  }

  /** Opens a proceeding to change (its values in the fields), or an empty form (null). */
  async open(proceeding) {
    this.editing = proceeding;
    this.clearErrors();
    $('form-status').textContent = '';
    const values = proceeding ?? { officeCode: this.session.office ?? '', category: $('p-category').value || 'state-revenue', actIds: [] };
    for (const name of TEXTS) $(`p-${name}`).value = values[name] ?? '';
    $('p-category').value = values.category;
    $('p-sumDue').value = proceeding ? showSum(proceeding.sumDue, ' ') : '';
    $('p-recovered').value = proceeding ? showSum(proceeding.recovered, ' ') : '';
    // The day of a new figure: empty is today; a changed figure is dated anew, never by the last one's day.
    $('p-recoveredOn').value = '';
    $('p-openedOn').value = values.openedOn ?? '';
    $('p-closedOn').value = values.closedOn ?? '';
    for (const name of FLAGS) $(`p-${name}`).checked = Boolean(values[name]);
    // The office a proceeding is tracked by stays; a controller enters his own office's only.
    $('p-officeCode').readOnly = Boolean(proceeding) || !this.session.roles.includes('admin');
    this.relabel();
    this.applyCategory();
    await this.loadActs(values.actIds ?? []);
    if (proceeding) $('p-number').focus();
  }

  /** The words that depend on what is open, in the interface language. */
  relabel() {
    $('editor-heading').textContent = this.editing
      ? t('proceedings.editing', { number: this.editing.number })
      : t('proceedings.adding');
    $('h-recovered').textContent = t($('p-category').value === 'state-revenue' ? 'proceedings.hint.recoveredState' : 'proceedings.hint.recoveredProperty');
    $('acts-help').textContent = t('proceedings.hint.acts');
    this.drawActs(this.chosenActs());
  }

  /** Hides and disables the fields the chosen category does not take. */
  applyCategory() {
    const category = $('p-category').value;
    for (const field of document.querySelectorAll('#proceeding-form [data-for]')) {
      const applies = field.dataset.for.split(' ').includes(category);
      field.hidden = !applies;
      for (const input of field.querySelectorAll('input')) input.disabled = !applies;
    }
    $('h-recovered').textContent = t(category === 'state-revenue' ? 'proceedings.hint.recoveredState' : 'proceedings.hint.recoveredProperty');
  }

  /** The issued acts of the office, to choose those brought on the proceeding. */
  async loadActs(chosen = this.chosenActs()) {
    const office = $('p-officeCode').value.trim();
    if (office !== this.actsOffice) {
      this.actsOffice = office;
      this.acts = [];
      if (office) {
        try {
          const page = await getJson(`/api/acts/issued?office=${encodeURIComponent(office)}&limit=500`);
          this.acts = (page.items ?? []).filter(act => act.officeCode === office);
        } catch {
          this.acts = [];
        }
      }
    }
    this.drawActs(chosen);
  }

  chosenActs() {
    return [...document.querySelectorAll('#p-acts input:checked')].map(input => Number(input.value));
  }

  drawActs(chosen) {
    const known = new Set(this.acts.map(act => act.id));
    const acts = [...this.acts, ...chosen.filter(id => !known.has(id)).map(id => ({ id, registrationNumber: `№ ${id}` }))];
    $('p-acts').replaceChildren(...acts.map(act => {
      const id = `p-act-${act.id}`;
      const what = act.kind ? ` — ${this.hooks.kindTitle(act.kind)}, ${formatDate(act.date)}` : '';
      return el('div', { class: 'check' },
        el('input', { type: 'checkbox', id, value: String(act.id), checked: chosen.includes(act.id) }),
        el('label', { for: id }, `${act.registrationNumber}${what}`));
    }));
    if (acts.length === 0) $('p-acts').append(el('p', { class: 'note' }, t('proceedings.noActs')));
  }

  /** The proceeding as the API takes it, and the fields the page itself finds wrong first. */
  collect() {
    const body = {};
    const problems = [];
    for (const name of TEXTS) {
      body[name] = $(`p-${name}`).value.trim();
      if (!body[name]) problems.push({ field: name, message: t('proceedings.error.required') });
    }
    body.category = $('p-category').value;
    for (const name of FLAGS) {
      if (!$(`p-${name}`).disabled) body[name] = $(`p-${name}`).checked;
    }
    for (const name of ['sumDue', 'recovered']) {
      if ($(`p-${name}`).disabled) continue;
      const value = parseSum($(`p-${name}`).value);
      if (Number.isNaN(value)) problems.push({ field: name, message: t('proceedings.error.sum') });
      else if (value !== undefined) body[name] = value;
      else if (name === 'sumDue') problems.push({ field: name, message: t('proceedings.error.sumDueRequired') });
    }
    body.openedOn = $('p-openedOn').value;
    if (!body.openedOn) problems.push({ field: 'openedOn', message: t('proceedings.error.required') });
    if ($('p-closedOn').value) body.closedOn = $('p-closedOn').value;
    if (!$('p-recoveredOn').disabled && $('p-recoveredOn').value) body.recoveredOn = $('p-recoveredOn').value;
    body.actIds = this.chosenActs();
    return { body, problems };
  }

  async save() {
    this.clearErrors();
    const { body, problems } = this.collect();
    if (problems.length > 0) {
      this.showErrors(problems);
      return;
    }
    $('save').disabled = true;
    $('form-status').textContent = t('proceedings.saving');
    try {
      const response = this.editing
        ? await send('PUT', `/api/proceedings/${this.editing.id}`, body)
        : await send('POST', '/api/proceedings', body);
      const saved = await response.json();
      await this.open(null);
      $('form-status').textContent = t('proceedings.saved', { number: saved.number });
      this.hooks.saved(saved);
    } catch (error) {
      $('form-status').textContent = '';
      this.showErrors([refusal(error, body, this.editing)]);
    } finally {
      $('save').disabled = false;
    }
  }

  clearErrors() {
    ERRORS.clear();
  }

  showErrors(problems) {
    ERRORS.show(problems);
  }
}

export function formatDate(value) {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value || '');
  return match ? `${match[3]}.${match[2]}.${match[1]}` : (value ?? '');
}
