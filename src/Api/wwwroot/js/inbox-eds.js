// An issued act signed with the signatory's EDS from the inbox (issue 14): the server lays out the final
// PDF and answers the bytes its signature covers (POST /api/acts/issued/{id}/signature/prepare); NCALayer,
// on the signatory's machine, signs them with his key (ncalayer.js); the server checks the CMS and embeds
// it (POST /api/acts/issued/{id}/signature). The pane says each step, then the signer and time with the
// signed PDF, or why not: NCALayer not running, the dialog cancelled, the server's refusal by its code.

import { ApiError, el, getJson, post, t, uiLanguage } from './common.js';
import { problemText } from './draft-words.js';
import { NcaLayerError, createCAdESFromBase64 } from './ncalayer.js';

const $ = id => document.getElementById(id);

/** The EDS pane of the inbox. */
export class EdsSigning {
  /** @param {{ changed: () => void }} options changed: an act was signed, the list is stale. */
  constructor({ changed }) {
    this.changed = changed;
    this.act = null;
    this.shown = null;
    this.address = null;
  }

  /** Signs the act of the list with the signatory's EDS, showing each step in the pane. */
  async sign(act, button) {
    this.act = act;
    $('eds-detail').hidden = false;
    $('eds-heading').textContent = t('eds.heading', { number: act.registrationNumber });
    button.disabled = true;
    try {
      this.show('', 'eds.preparing');
      const prepared = await (await post(`/api/acts/issued/${act.id}/signature/prepare`)).json();
      this.address ??= (await getJson('/api/signing/ncalayer')).url;
      this.show('', 'eds.inNcaLayer');
      const cms = await createCAdESFromBase64(this.address, prepared.toSign);
      this.show('', 'eds.attaching');
      const signature = await (await post(`/api/acts/issued/${act.id}/signature`, { preparedId: prepared.preparedId, cms })).json();
      this.show('done', 'eds.done', { signature });
      this.changed();
    } catch (error) {
      this.show('failed', 'eds.failed', { error });
    } finally {
      button.disabled = false;
    }
  }

  close() {
    this.act = null;
    this.shown = null;
    $('eds-detail').hidden = true;
  }

  /** Says the pane again in the interface language now chosen. */
  relabel() {
    if (!this.act) return;
    $('eds-heading').textContent = t('eds.heading', { number: this.act.registrationNumber });
    if (this.shown) this.show(...this.shown);
  }

  show(kind, title, { signature, error } = {}) {
    this.shown = [kind, title, { signature, error }];
    const box = $('eds-status');
    box.dataset.state = kind || 'working';
    const lines = signature ? this.signatureLines(signature) : error ? [el('p', { class: 'eds-reason' }, reason(error))] : [];
    box.replaceChildren(el('div', { class: kind || undefined }, el('p', {}, kind ? el('strong', {}, t(title)) : t(title)), ...lines));
  }

  signatureLines(signature) {
    const pdf = `/api/acts/issued/${this.act.id}/document?format=pdf`;
    return [
      el('p', { class: 'eds-signer' }, t('eds.signer', { name: signature.signer ?? '' })),
      el('p', { class: 'eds-time' }, t('eds.signedAt', { time: moment(signature.signedAt) })),
      el('p', {}, el('a', { href: pdf, download: '', class: 'issued-link', dataset: { format: 'pdf' } }, t('eds.download'))),
    ];
  }
}

/** Why the act is not signed, in the interface language: NCALayer's answer, or the server's refusal by its code. */
function reason(error) {
  if (error instanceof NcaLayerError) {
    return t(`eds.ncalayer.${error.reason}`, { detail: error.detail });
  }
  if (!(error instanceof ApiError)) return t('status.offline', { detail: error.message });
  const code = String(error.problem.code ?? '');
  // The code's own words where the page has them, else its family's (certificate-expired: certificate).
  for (const key of [`eds.problem.${code}`, `eds.problem.${code.split('-')[0]}`, `eds.problem.${error.status}`]) {
    if (t(key) !== key) return t(key);
  }
  return problemText(error);
}

/** "02.12.2026, 14:05" in the interface language, on the signatory's clock. */
function moment(value) {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value ?? '';
  return date.toLocaleString(uiLanguage() === 'kk' ? 'kk-KZ' : 'ru-RU', { dateStyle: 'short', timeStyle: 'short' });
}
