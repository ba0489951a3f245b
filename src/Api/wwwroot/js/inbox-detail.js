// One draft opened in the inbox for its signatory or approver: the act as it will print (the HTML
// preview, POST /api/acts/render?format=html), its state, and the actions the person may take —
// sign (POST /api/drafts/{id}/sign), return with remarks (.../return), approve (.../approve). The
// register decides; its refusals stand here: a 422's errors listed (each with its code), 403 and 409 in the status.

import { ApiError, el, getJson, post, t } from './common.js';
import { ActPreview } from './act-preview.js';
import { draftStateText, problemText } from './draft-words.js';

const $ = id => document.getElementById(id);

/** The detail pane of the inbox. */
export class DraftDetail {
  /** @param {{ changed: () => void }} options changed: a draft changed state, the list is stale. */
  constructor({ changed }) {
    this.changed = changed;
    this.view = null;
    this.session = null;
    this.preview = new ActPreview($('detail-preview'));
    $('sign').addEventListener('click', () => this.act('sign'));
    $('approve').addEventListener('click', () => this.act('approve'));
    $('return').addEventListener('click', () => this.returnDraft());
  }

  /** Opens the draft: its view, its preview and its actions. */
  async open(id, session) {
    this.session = session;
    this.errors([]);
    this.status('', '');
    try {
      this.view = await getJson(`/api/drafts/${encodeURIComponent(id)}`);
    } catch (error) {
      this.view = null;
      $('draft-detail').hidden = false;
      this.draw();
      this.status('failed', t('inbox.openFailed'), problemText(error));
      return;
    }
    $('draft-detail').hidden = false;
    this.draw();
    await this.showPreview();
  }

  close() {
    this.view = null;
    $('draft-detail').hidden = true;
  }

  relabel() {
    if (this.view) this.draw();
  }

  draw() {
    const view = this.view;
    $('detail-heading').textContent = view ? t('inbox.detailHeading', { id: view.id }) : '';
    $('detail-state').textContent = view ? stateLine(view) : '';
    $('detail-state').dataset.state = view?.state ?? '';
    $('detail-remarks').hidden = !view?.remarks;
    $('detail-remarks').textContent = view?.remarks ? `${t('draft.remarks')}: ${view.remarks}` : '';
    const login = this.session?.login;
    const mineToSign = view?.state === 'submitted' && view.signatory === login;
    $('sign').hidden = !mineToSign;
    $('return-field').hidden = !mineToSign;
    // The register decides who approves (an approver of the office, not the signer); the button offers it to approvers.
    $('approve').hidden = !(view?.state === 'awaiting-approval' && this.session?.roles?.includes('approver') && view.signatory !== login);
  }

  async showPreview() {
    try {
      const response = await post('/api/acts/render?format=html', this.view.act);
      this.preview.show(await response.text());
    } catch {
      // An act the validator refuses has no preview; its errors show when it is signed.
      this.preview.clear();
    }
  }

  /** Signs or approves the draft open. */
  async act(action) {
    const button = $(action);
    button.disabled = true;
    this.errors([]);
    this.status('', t(action === 'sign' ? 'inbox.signing' : 'inbox.approving'));
    try {
      this.view = await (await post(`/api/drafts/${this.view.id}/${action}`)).json();
      this.draw();
      this.status('done', stateLine(this.view), this.view.issuedActId ? this.documents() : null);
      await this.showPreview();
      this.changed();
    } catch (error) {
      this.refused(error, t(`inbox.${action}Failed`));
    } finally {
      button.disabled = false;
    }
  }

  async returnDraft() {
    const remarks = $('remarks').value.trim();
    fieldErrors(remarks ? [] : [t('inbox.remarksRequired')]);
    if (!remarks) {
      $('remarks').focus();
      return;
    }
    try {
      this.view = await (await post(`/api/drafts/${this.view.id}/return`, { remarks })).json();
      $('remarks').value = '';
      this.draw();
      this.status('done', t('inbox.returnedDone'));
      this.changed();
    } catch (error) {
      this.refused(error, t('inbox.returnFailed'));
    }
  }

  documents() {
    const link = format => el('a', { href: `/api/acts/issued/${this.view.issuedActId}/document?format=${format}`, download: '', class: 'issued-link', dataset: { format } }, format.toUpperCase());
    return el('span', {}, link('docx'), ' · ', link('pdf'));
  }

  refused(error, title) {
    if (error instanceof ApiError && Array.isArray(error.problem.errors) && error.problem.errors.length > 0) {
      this.errors(error.problem.errors);
      this.status('failed', title, t('draft.invalid', { n: error.problem.errors.length }));
      $('detail-errors').focus();
      return;
    }
    this.status('failed', title, problemText(error));
  }

  /** Lists a 422's errors: where each is and what it says; its code stays on the item for who needs it. */
  errors(list) {
    $('detail-errors').hidden = list.length === 0;
    $('detail-error-list').replaceChildren(...list.map(e =>
      el('li', { dataset: { code: e.code ?? '', path: e.path ?? '' } }, e.path ? `${e.path}: ${e.message}` : e.message)));
  }

  status(kind, title, detail) {
    const box = $('detail-status');
    if (!title) {
      box.replaceChildren();
      return;
    }
    box.replaceChildren(el('div', { class: kind || undefined }, el('p', {}, kind ? el('strong', {}, title) : title), detail ? (detail instanceof Node ? detail : el('p', {}, detail)) : null));
  }
}

function stateLine(view) {
  const text = draftStateText(view.state);
  return view.registrationNumber ? `${text} · ${t('issue.number')}: ${view.registrationNumber}` : text;
}

function fieldErrors(messages) {
  const box = $('remarks-errors');
  box.replaceChildren(...messages.map(message => el('li', {}, message)));
  box.hidden = messages.length === 0;
  $('remarks').setAttribute('aria-invalid', String(messages.length > 0));
}
