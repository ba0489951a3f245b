// Proposing and approving template versions: an editor proposes the edited text as the file's next
// version (POST /api/templates/proposals); it goes live only when another editor approves it
// (POST /api/templates/proposals/approve). The list shows every proposal awaiting approval; the one
// who proposed a version sees it there but may not approve it himself (the register answers 403).

import { ApiError, el, getJson, isAbort, latest, personCell, post, t } from './common.js';

const $ = id => document.getElementById(id);

/** The proposals part of the template editor page. */
export class TemplateProposals {
  /**
   * @param {object} options
   * @param {() => {file: string, text: string}} options.edit the file shown and its edited text
   * @param {(error: ApiError) => object[]} options.problemsOf the linter's problems of a 422
   * @param {(problems: object[]) => void} options.showProblems lists problems at their lines
   * @param {(path: string) => Promise<void>} options.approved called when a version went live, to reload it
   */
  constructor({ edit, problemsOf, showProblems, approved }) {
    this.edit = edit;
    this.problemsOf = problemsOf;
    this.showProblems = showProblems;
    this.approved = approved;
    this.login = null;
    this.items = [];
    this.load = latest(signal => this.#load(signal));
  }

  /** Wires the "propose" button and lists the proposals; <paramref name="session"/> is GET /api/session's answer. */
  async start(session) {
    this.login = session?.login ?? null;
    $('propose').addEventListener('click', () => this.propose());
    await this.load();
  }

  /** Sends the edited text of the file shown as a proposal. */
  async propose() {
    const { file, text } = this.edit();
    setText('publish-status', t('propose.proposing'));
    $('propose').disabled = true;
    try {
      const answer = await (await post('/api/templates/proposals', { path: file, text })).json();
      setText('publish-status', t('propose.proposed', { file: answer.path ?? file, version: answer.version }));
      $('publish-status').dataset.version = String(answer.version);
      this.showProblems([]);
      await this.load();
    } catch (error) {
      if (error instanceof ApiError && error.problem.type === 'urn:supervision:problem:template-invalid') {
        const problems = this.problemsOf(error);
        this.showProblems(problems);
        setText('publish-status', t('propose.rejected', { n: problems.length }));
      } else {
        setText('publish-status', t('propose.failed', { detail: detailOf(error) }));
      }
    } finally {
      $('propose').disabled = false;
    }
  }

  /** Redraws the list in the interface language now shown. */
  draw() {
    $('proposals-empty').hidden = this.items.length > 0;
    $('proposals-table').hidden = this.items.length === 0;
    $('proposals-rows').replaceChildren(...this.items.map(item => {
      const own = this.login !== null && item.proposedBy === this.login;
      const action = own
        ? el('span', { class: 'note' }, t('proposals.own'))
        : el('button', {
          type: 'button', class: 'primary',
          'aria-label': t('proposals.approveLabel', { file: item.path, version: item.version }),
          onclick: () => this.approve(item),
        }, t('proposals.approve'));
      return el('tr', { dataset: { path: item.path, version: String(item.version) } },
        el('td', {}, item.path), el('td', {}, String(item.version)), personCell(item.proposedBy, item.proposedByName, ''), el('td', {}, action));
    }));
  }

  async approve(item) {
    setText('proposals-status', t('proposals.approving'));
    try {
      const answer = await (await post('/api/templates/proposals/approve', { path: item.path, version: item.version })).json();
      setText('proposals-status', t('proposals.approved', { file: answer.path ?? item.path, version: answer.version ?? item.version }));
      $('proposals-status').dataset.version = String(answer.version ?? item.version);
      await this.approved(answer.path ?? item.path);
      await this.load();
    } catch (error) {
      setText('proposals-status', t('proposals.failed', { detail: detailOf(error) }));
    }
  }

  async #load(signal) {
    try {
      const answer = await getJson('/api/templates/proposals', signal);
      this.items = Array.isArray(answer.items) ? answer.items.filter(item => (item.state ?? 'proposed') === 'proposed') : [];
    } catch (error) {
      if (isAbort(error)) return;
      this.items = [];
      setText('proposals-status', t('proposals.unavailable', { detail: detailOf(error) }));
    }
    this.draw();
  }
}

function setText(id, text) { $(id).textContent = text; }

function detailOf(error) {
  return error instanceof ApiError ? error.message : t('status.offline', { detail: error.message });
}
