// Documents that follow from an issued act (issue 15, point 2), in the inbox: the pane lists what may follow the
// act (GET /api/acts/issued/{id}/follow-ups: a withdrawal resolution's notice and hand-over letter, as the
// register's data says) and the follow-ups already made; "make" asks the register for the draft pre-filled
// from the act and linked to it (POST …/follow-ups/{kind}) and opens it in the act form to be completed.

import { capital, el, getJson, post, t, uiLanguage } from './common.js';
import { draftStateText, problemText } from './draft-words.js';

const $ = id => document.getElementById(id);

/** The follow-ups pane of the inbox. */
export class FollowUps {
  constructor() {
    this.act = null;
    this.view = null;
  }

  /** Shows what may follow the act of the list, and what was made from it. */
  async open(act) {
    this.act = act;
    this.view = null;
    $('follow-ups-detail').hidden = false;
    $('follow-ups-heading').textContent = t('followUps.heading', { number: act.registrationNumber });
    $('follow-ups-status').textContent = t('status.loading');
    $('follow-ups-list').replaceChildren();
    try {
      this.view = await getJson(`/api/acts/issued/${act.id}/follow-ups`);
      $('follow-ups-status').textContent = '';
      this.draw();
    } catch (error) {
      $('follow-ups-status').textContent = problemText(error);
    }
  }

  close() {
    this.act = null;
    this.view = null;
    $('follow-ups-detail').hidden = true;
  }

  /** Says the pane again in the interface language now chosen. */
  relabel() {
    if (!this.act) return;
    $('follow-ups-heading').textContent = t('followUps.heading', { number: this.act.registrationNumber });
    if (this.view) this.draw();
  }

  draw() {
    const title = offer => capital(offer.titles[uiLanguage()] ?? offer.kind);
    const titleOf = kind => title(this.view.offered.find(offer => offer.kind === kind) ?? { kind, titles: {} });
    const offers = this.view.offered.map(offer => el('li', {},
      el('button', { type: 'button', class: 'primary', dataset: { kind: offer.kind }, onclick: event => this.make(offer, event.currentTarget) },
        t('followUps.make', { title: title(offer) }))));
    const made = this.view.links.made.map(item => el('li', { dataset: { draft: String(item.draftId) } },
      el('a', { href: item.state === 'draft' || item.state === 'returned' ? `/?draft=${item.draftId}` : `/inbox?draft=${item.draftId}` },
        t('followUps.made', { id: item.draftId, title: titleOf(item.kind), state: draftStateText(item.state) }))));
    const items = [...offers, ...made];
    $('follow-ups-list').replaceChildren(...(items.length > 0 ? items : [el('li', {}, t('followUps.none'))]));
  }

  /** Makes the draft of a follow-up and opens it in the act form. */
  async make(offer, button) {
    button.disabled = true;
    $('follow-ups-status').textContent = t('followUps.making');
    try {
      const draft = await (await post(offer.create)).json();
      location.assign(`/?draft=${draft.id}`);
    } catch (error) {
      $('follow-ups-status').textContent = problemText(error);
      button.disabled = false;
    }
  }
}
