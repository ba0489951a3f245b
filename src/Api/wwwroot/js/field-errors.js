// The refusals of a form on the proceedings page, each beside the field it names: the list under the field, the
// field marked invalid for the eye and for a screen reader, and those that name no field in the form's summary.
// The proceeding form and the held-check form show them alike; only their element ids differ.

import { el } from './common.js';

const $ = id => document.getElementById(id);

export class FieldErrors {
  /**
   * @param {object} form
   * @param {string[]} form.fields the fields a refusal may name
   * @param {(field: string) => string} form.listId the id of the list under a field
   * @param {(field: string) => Element|null} form.input the input of a field (null where it has none of its own)
   * @param {string} form.summaryId the id of the summary above the form
   */
  constructor({ fields, listId, input, summaryId }) {
    this.fields = fields;
    this.listId = listId;
    this.input = input;
    this.summaryId = summaryId;
  }

  clear() {
    for (const name of this.fields) {
      const list = $(this.listId(name));
      list.replaceChildren();
      list.hidden = true;
      list.closest('.field')?.classList.remove('invalid');
      this.input(name)?.removeAttribute('aria-invalid');
    }
    $(this.summaryId).replaceChildren();
    $(this.summaryId).hidden = true;
  }

  /** Each message beside its field (or above the form where it names none); the first one gets the focus. */
  show(problems) {
    const summary = $(this.summaryId);
    let first = null;
    for (const { field, message } of problems) {
      if (!field) {
        summary.append(el('p', {}, message));
        summary.hidden = false;
        first ??= summary;
        continue;
      }
      const list = $(this.listId(field));
      list.append(el('li', {}, message));
      list.hidden = false;
      list.closest('.field')?.classList.add('invalid');
      const input = this.input(field);
      input?.setAttribute('aria-invalid', 'true');
      first ??= input ?? list;
    }
    first?.focus();
  }
}
