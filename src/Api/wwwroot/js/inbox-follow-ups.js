// Documents that follow from an issued act (issue 15, point 2), in the inbox: the pane shows the act's documents, the
// act it follows ("follows from the resolution № …", opened here in turn), what may follow it
// (GET /api/acts/issued/{id}/follow-ups: a withdrawal resolution's notice and hand-over letter, as the register's data
// says) and the follow-ups made from it — a draft by its number and state, an issued one by its registration number.
// "Make" asks the register for the draft pre-filled from the act and linked to it (POST …/follow-ups/{kind}) and opens
// it in the act form to be completed; it is offered to those who draft (others read what the drafter may make).

import { capital, el, getJson, post, t, uiLanguage } from './common.js';
import { draftStateText, problemText } from './draft-words.js';

const $ = id => document.getElementById(id);

/** The follow-ups pane of the inbox. */
export class FollowUps {
  /** @param {{ kindTitle: (kind: string) => string }} options kindTitle: a kind's title in the interface language. */
  constructor({ kindTitle }) {
    this.kindTitle = kindTitle;
    this.act = null;
    this.view = null;
    this.session = null;
  }

  /** Shows the act's documents and links, what may follow it, and what was made from it. */
  async open(act, session) {
    this.act = act;
    this.view = null;
    this.session = session ?? this.session;
    $('follow-ups-detail').hidden = false;
    $('follow-ups-heading').textContent = t('followUps.heading', { number: act.registrationNumber });
    $('follow-ups-status').textContent = t('status.loading');
    $('follow-ups-list').replaceChildren();
    $('follow-ups-source').hidden = true;
    $('follow-ups-documents').replaceChildren();
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
    const view = this.view;
    const kindTitle = (kind, titles) => capital(titles?.[uiLanguage()] ?? this.kindTitle(kind));
    const titleOf = kind => kindTitle(kind, view.offered.find(offer => offer.kind === kind)?.titles);
    const link = format => el('a', { href: `/api/acts/issued/${view.actId}/document?format=${format}`, download: '', dataset: { format } }, format.toUpperCase());
    $('follow-ups-documents').replaceChildren(`${this.kindTitle(view.kind)}: `, link('docx'), ' · ', link('pdf'));

    // The act it was made from, named by its kind and number, opened in this pane.
    const from = view.links.linkedFromNumber;
    $('follow-ups-source').hidden = !from;
    $('follow-ups-source').replaceChildren(...(from
      ? [`${t('followUps.follows')} `, el('button', {
          type: 'button', class: 'link', dataset: { act: String(view.links.linkedFrom) },
          onclick: () => this.open({ id: view.links.linkedFrom, registrationNumber: from }),
        }, t('followUps.act', { title: uncapital(this.kindTitle(view.links.linkedFromKind)), number: from }))]
      : []));

    const drafter = this.session?.roles?.includes('drafter');
    const offers = view.offered.map(offer => el('li', {}, drafter
      ? el('button', { type: 'button', class: 'primary', dataset: { kind: offer.kind }, onclick: event => this.make(offer, event.currentTarget) },
        t('followUps.make', { title: kindTitle(offer.kind, offer.titles) }))
      : t('followUps.drafterMakes', { title: kindTitle(offer.kind, offer.titles) })));
    const made = view.links.made.map(item => el('li', { dataset: { draft: String(item.draftId), state: item.state } },
      item.registrationNumber
        ? el('button', { type: 'button', class: 'link', dataset: { act: String(item.issuedActId) }, onclick: () => this.open({ id: item.issuedActId, registrationNumber: item.registrationNumber }) },
          capital(t('followUps.issued', { title: uncapital(titleOf(item.kind)), number: item.registrationNumber })))
        : el('a', { href: item.state === 'draft' || item.state === 'returned' ? `/?draft=${item.draftId}` : `/inbox?draft=${item.draftId}` },
          t('followUps.made', { id: item.draftId, title: titleOf(item.kind), state: draftStateText(item.state) }))));
    const items = [...made, ...offers];
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

/** A title as it reads inside a sentence (the kinds' titles are lower case but for their first letter on a page). */
function uncapital(text) { return text ? text[0].toLocaleLowerCase() + text.slice(1) : text; }
