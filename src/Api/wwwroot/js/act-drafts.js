// The act form's drafts in the register: "save draft" stores the act as a draft of the person's office
// (POST /api/drafts, then PUT /api/drafts/{id}), "send for signature" submits it to a signatory of the
// office (GET /api/people?role=signatory, POST /api/drafts/{id}/submit). /?draft=ID opens a draft.
// Refusals stand where they belong: an act's errors at their fields (as the act form shows them),
// the signatory's beside the choice, anything else in the section's status. Before anything is sent for
// signature the act is checked by the API's validator: an error the signatory could not sign past (an
// addressee without its kind, a blank field) stops the sending there, rather than at the signing.

import { ApiError, el, getJson, post, send, t } from './common.js';
import { draftStateText, problemText } from './draft-words.js';

const $ = id => document.getElementById(id);

/**
 * The act's parts the register fills itself, whatever the drafter typed: the office and the people who sign and
 * approve (SignatureBlock in src/Register), and the registration number it gives at issue (ActIssuer).
 */
const FILLED_BY_THE_REGISTER = ['office', 'signatory', 'approver', 'number'];

/** The drafts section of the act form. */
export class ActDrafts {
  /**
   * @param {object} form
   * @param {() => object} form.currentAct the act as the form holds it
   * @param {(problem: object) => void} form.showProblem puts a 422's errors at their fields and the summary
   * @param {() => Promise<{errors: object[], local: number}>} form.check checks the act with the API's
   *   validator: answers its errors (path, code, message) and the count of the form's own (a number mistyped)
   * @param {() => void} form.revealErrors shows the last check's errors at their fields and the summary, as a submitted form does
   */
  constructor(form) {
    this.form = form;
    this.view = null;
    this.signatories = [];
  }

  /** Shows the section to a signed-in person and, for /?draft=ID, answers the draft to open (else null). */
  async start(session) {
    if (!session) return null;
    $('draft-section').hidden = false;
    $('save-draft').addEventListener('click', () => this.save());
    $('submit-draft').addEventListener('click', () => this.submit());
    await this.loadSignatories();
    const id = new URLSearchParams(location.search).get('draft');
    if (!id) return null;
    try {
      this.view = await getJson(`/api/drafts/${encodeURIComponent(id)}`);
      this.drawState();
      return this.view.act;
    } catch (error) {
      this.status('failed', t('draft.openFailed'), problemText(error));
      return null;
    }
  }

  async loadSignatories() {
    try {
      this.signatories = (await getJson('/api/people?role=signatory')).items ?? [];
    } catch {
      this.signatories = [];
    }
    this.drawSignatories();
  }

  /** Redraws what depends on the interface language. */
  relabel() {
    this.drawSignatories();
    this.drawState();
  }

  drawSignatories() {
    const select = $('signatory');
    const chosen = select.value || this.view?.signatory || '';
    const title = person => (document.documentElement.lang === 'ru' ? person.titleRu : person.titleKk) || person.position;
    select.replaceChildren(
      el('option', { value: '' }, t('form.choose')),
      ...this.signatories.map(person => el('option', { value: person.login }, `${person.name} — ${title(person)}`)));
    select.value = this.signatories.some(person => person.login === chosen) ? chosen : '';
  }

  drawState() {
    const box = $('draft-state');
    if (!this.view) {
      box.replaceChildren();
      return;
    }
    // replaceChildren, unlike el, would print a null as the text "null": the remarks are added only when there are some.
    const remarks = this.view.state === 'returned' && this.view.remarks ? [el('p', { class: 'draft-remarks' }, `${t('draft.remarks')}: ${this.view.remarks}`)] : [];
    box.replaceChildren(
      el('p', {}, el('strong', {}, t('draft.number', { id: this.view.id })), ' · ', el('span', { class: 'draft-state-name' }, draftStateText(this.view.state))),
      ...remarks);
  }

  /** Stores the act as a new draft or the open draft's new text; answers the draft, or null when refused. */
  async save({ quiet = false } = {}) {
    fieldErrors([]);
    if (!quiet) this.status('', t('draft.saving'));
    try {
      const act = this.form.currentAct();
      const response = this.view
        ? await send('PUT', `/api/drafts/${this.view.id}`, act)
        : await post('/api/drafts', act);
      this.view = await response.json();
      history.replaceState(null, '', `/?draft=${this.view.id}`);
      this.drawState();
      if (!quiet) this.status('done', t('draft.saved', { id: this.view.id }));
      return this.view;
    } catch (error) {
      this.refused(error, t('draft.saveFailed'));
      return null;
    }
  }

  /** Saves the act, then submits the draft to the chosen signatory. */
  async submit() {
    const signatory = $('signatory').value;
    if (!signatory) {
      fieldErrors([t('draft.signatoryRequired')]);
      this.status('failed', t('draft.submitFailed'), t('draft.signatoryRequired'));
      $('signatory').focus();
      return;
    }
    $('submit-draft').disabled = true;
    try {
      const blocking = await this.blockingErrors();
      if (blocking > 0) {
        this.form.revealErrors();
        this.status('failed', t('draft.submitFailed'), t('draft.invalid', { n: blocking }));
        return;
      }
      if (!(await this.save({ quiet: true }))) return;
      const response = await post(`/api/drafts/${this.view.id}/submit`, { signatory });
      this.view = await response.json();
      this.drawState();
      const person = this.signatories.find(p => p.login === signatory);
      this.status('done', t('draft.submitted', { name: person?.name ?? signatory }));
    } catch (error) {
      this.refused(error, t('draft.submitFailed'));
    } finally {
      $('submit-draft').disabled = false;
    }
  }

  /**
   * How many errors stop the sending: the form's own and the validator's, but for those in the parts the
   * register fills itself — the office at saving, the signature at signing, the approval at approving, the
   * registration number at issue —
   * which a drafter may leave as they are.
   */
  async blockingErrors() {
    const { errors, local } = await this.form.check();
    return local + errors.filter(error => !FILLED_BY_THE_REGISTER.some(part => within(error.path, part))).length;
  }

  refused(error, title) {
    if (error instanceof ApiError && error.status === 422 && Array.isArray(error.problem.errors)) {
      // The errors of the signature are the chosen signatory's (the register checks the act as he would sign
      // it): they stand beside the choice as well as in the summary.
      fieldErrors(error.problem.errors.filter(e => within(e.path, 'signatory')).map(e => e.message));
      this.form.showProblem(error.problem);
      this.status('failed', title, t('draft.invalid', { n: error.problem.errors.length }));
      return;
    }
    if (error instanceof ApiError && error.status === 422 && /signatory/i.test(JSON.stringify(error.problem))) fieldErrors([problemText(error)]);
    this.status('failed', title, problemText(error));
  }

  status(kind, title, detail) {
    const box = $('draft-status');
    box.replaceChildren(el('div', { class: kind || undefined }, el('p', {}, kind ? el('strong', {}, title) : title), detail ? el('p', {}, detail) : null));
  }
}

/** Whether an error's path is the part or lies in it ("signatory.position" in "signatory"). */
function within(path, part) {
  return path === part || path.startsWith(`${part}.`);
}

/** Shows (or clears) the messages beside the signatory's choice. */
function fieldErrors(messages) {
  const box = $('signatory-errors');
  box.replaceChildren(...messages.map(message => el('li', {}, message)));
  box.hidden = messages.length === 0;
  box.parentElement.classList.toggle('invalid', messages.length > 0);
  $('signatory').setAttribute('aria-invalid', String(messages.length > 0));
}

