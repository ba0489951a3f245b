// The annual checks of the territorial departments of justice and the private bailiffs (p. 11) on the proceedings
// page: the checks the person reads (GET /api/register/checks), for a controller or an administrator the form that
// records one (POST /api/register/checks), and for a drafter of the check's office the button that makes the check
// report's draft pre-filled from it (POST /api/drafts/prefilled/check-report?check=ID) and opens it in the act form.
// The register's refusals are shown beside the field they name, in the interface language, told apart by the values
// sent (an end before the start, a day before 2000), never by the API's English text.

import { ApiError, el, getJson, personCell, post, send, t, uiLanguage } from './common.js';
import { formatDate } from './proceeding-form.js';
import { FieldErrors } from './field-errors.js';

const $ = id => document.getElementById(id);
const FIELDS = ['officeCode', 'checkStart', 'checkEnd', 'checked', 'note'];
const ERRORS = new FieldErrors({ fields: FIELDS, listId: name => `ce-${name}`, input: name => $(`c-${name}`), summaryId: 'check-summary' });

/** Whether the person may record checks (a controller, of his own office; an administrator, of any). */
function mayRecord(session) {
  return Boolean(session && (session.roles.includes('admin') || session.roles.includes('controller')));
}

/** The refusal as { field, message } in the interface language (field null where it names none). */
function refusal(error, body) {
  if (!(error instanceof ApiError)) return { field: null, message: t('status.offline', { detail: error.message }) };
  if (error.status === 403) return { field: null, message: t('checks.error.forbidden') };
  if (error.status === 404) return { field: null, message: t('proceedings.error.notFound') };
  if (error.status === 503) return { field: null, message: t('proceedings.error.unavailable') };
  const problem = error.problem;
  const path = Array.isArray(problem.errors) ? problem.errors.find(e => e.path)?.path : null;
  const raw = problem.field ?? path;
  const field = typeof raw === 'string' ? raw.replace(/^\$\.?/, '').replace(/\[\d+\]$/, '') : null;
  switch (field) {
    case 'officeCode': return { field, message: t('checks.error.office') };
    case 'checkStart': return { field, message: t(body.checkStart < '2000-01-01' ? 'checks.error.before2000' : 'checks.error.future') };
    case 'checkEnd': return { field, message: t(body.checkEnd < body.checkStart ? 'checks.error.endBeforeStart' : 'checks.error.future') };
    case 'checked': return { field, message: t(body.checked.length === 0 ? 'checks.error.checkedRequired' : 'checks.error.checkedText') };
    case 'note': return { field, message: t('checks.error.text') };
    default: return { field: null, message: t('proceedings.error.refused', { status: error.status }) };
  }
}

export class HeldChecks {
  constructor() {
    this.session = null;
    this.items = [];
    $('check-form').addEventListener('submit', event => { event.preventDefault(); this.save(); });
  }

  /** Lists the checks and, for a controller or an administrator, shows the form. */
  async start(session) {
    this.session = session;
    const recorder = mayRecord(session);
    $('check-editor').hidden = !recorder;
    if (recorder) {
      $('c-officeCode').value = session.office ?? '';
      $('c-officeCode').readOnly = !session.roles.includes('admin');
    }
    await this.list();
  }

  async list() {
    try {
      const page = await getJson('/api/register/checks?limit=100');
      this.items = page.items ?? [];
      $('checks-status').textContent = '';
    } catch (error) {
      this.items = [];
      $('checks-status').textContent = refusal(error, {}).message;
    }
    this.draw();
  }

  /** Says the list again in the interface language now chosen. */
  relabel() { this.draw(); }

  draw() {
    const columns = ['checks.col.period', 'checks.col.office', 'checks.col.checked', 'checks.col.note', 'checks.col.recorded', 'checks.col.report'];
    $('checks-head').replaceChildren(...columns.map(key => el('th', { scope: 'col' }, t(key))));
    $('checks-rows').replaceChildren(...this.items.map(item => this.row(item)));
    $('checks-table').hidden = this.items.length === 0;
    $('checks-empty').hidden = this.items.length > 0;
    $('checks-empty').textContent = t('checks.empty');
  }

  row(item) {
    const start = formatDate(item.checkStart);
    const end = formatDate(item.checkEnd);
    const drafter = this.session?.roles?.includes('drafter') && this.session.office === item.officeCode;
    const action = drafter
      ? el('button', { type: 'button', class: 'secondary', 'aria-label': t('checks.makeReportLabel', { start, end }), onclick: event => this.make(item, event.currentTarget) }, t('checks.makeReport'))
      : el('span', { class: 'note' }, t('checks.drafterMakes'));
    const checked = item.checked.flatMap((name, index) => (index === 0 ? [name] : [el('br'), name]));
    return el('tr', { dataset: { id: String(item.id) } },
      el('td', {}, `${start} – ${end}`),
      el('td', {}, item.officeCode),
      el('td', {}, ...checked),
      el('td', {}, item.note ?? ''),
      personCell(item.recordedBy, item.recordedByName),
      el('td', {}, action));
  }

  /** Makes the check report's draft pre-filled from the check and opens it in the act form. */
  async make(item, button) {
    button.disabled = true;
    $('checks-status').textContent = t('followUps.making');
    try {
      const draft = await (await post(`${item.draft}&language=${uiLanguage()}`)).json();
      location.assign(`/?draft=${draft.id}`);
    } catch (error) {
      $('checks-status').textContent = refusal(error, {}).message;
      button.disabled = false;
    }
  }

  collect() {
    const body = {
      officeCode: $('c-officeCode').value.trim(),
      checkStart: $('c-checkStart').value,
      checkEnd: $('c-checkEnd').value,
      checked: $('c-checked').value.split('\n').map(line => line.trim()).filter(line => line !== ''),
    };
    const note = $('c-note').value.trim();
    if (note) body.note = note;
    const problems = [];
    for (const name of ['officeCode', 'checkStart', 'checkEnd']) {
      if (!body[name]) problems.push({ field: name, message: t('proceedings.error.required') });
    }
    if (body.checked.length === 0) problems.push({ field: 'checked', message: t('checks.error.checkedRequired') });
    return { body, problems };
  }

  async save() {
    this.clearErrors();
    const { body, problems } = this.collect();
    if (problems.length > 0) {
      this.showErrors(problems);
      return;
    }
    $('check-save').disabled = true;
    $('check-form-status').textContent = t('proceedings.saving');
    try {
      const saved = await (await send('POST', '/api/register/checks', body)).json();
      for (const name of ['checkStart', 'checkEnd', 'checked', 'note']) $(`c-${name}`).value = '';
      $('check-form-status').textContent = t('checks.saved', { start: formatDate(saved.checkStart), end: formatDate(saved.checkEnd) });
      await this.list();
    } catch (error) {
      $('check-form-status').textContent = '';
      this.showErrors([refusal(error, body)]);
    } finally {
      $('check-save').disabled = false;
    }
  }

  clearErrors() {
    ERRORS.clear();
  }

  showErrors(problems) {
    ERRORS.show(problems);
  }
}
