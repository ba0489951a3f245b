// The act form, generated from a kind's JSON Schema (GET /api/acts/{kind}/schema) and the words of
// its fields in the interface language (GET /api/acts/{kind}/form): nested objects become fieldsets,
// arrays lists with add and remove buttons, enums selects, dates date pickers, numbers number inputs,
// booleans checkboxes, prose text areas. Nothing here knows one kind of act from another.
// The values are read in form-values.js, errors placed with form-errors.js.

import { el, t } from './common.js';
import { bare, deref, idOf, join, typeOf } from './schema.js';
import { collect, rawOf } from './form-values.js';
import { isTouched, resolvePath } from './form-errors.js';

export class SchemaForm {
  /**
   * @param {HTMLElement} container where the form's sections go
   * @param {object} options schema, form (the words), onChange(), amount(value) → Promise<text>, language (the act's)
   */
  constructor(container, { schema, form, onChange, amount, language }) {
    this.container = container;
    this.language = language;
    this.schema = schema;
    this.form = form;
    this.onChange = onChange || (() => {});
    this.amount = amount;
    this.nodes = new Map();
    this.touched = new Set();
    this.pathMap = new Map();
    this.context = {};
    this.container.addEventListener('input', event => this.changed(event, false));
    this.container.addEventListener('change', event => this.changed(event, true));
  }

  changed(event, committed) {
    const path = event.target?.dataset?.path;
    if (!path) return;
    if (committed || event.target.type === 'checkbox') this.touched.add(path);
    const node = this.nodes.get(path);
    if (node?.info?.amount) this.showAmount(node);
    this.onChange();
  }

  /** Words of a field by its path without indexes. */
  info(path) { return this.form.fields[bare(path)] || { label: bare(path) }; }

  /** Draws the form with the given values (raw or a model), replacing what was there. */
  render(values = {}) {
    this.nodes.clear();
    const root = this.schema;
    const required = new Set(root.required || []);
    const sections = [];
    for (const section of this.form.sections) {
      const names = section.fields.filter(name => root.properties[name]);
      const fields = names
        .map(name => this.field(name, root.properties[name], name, this.isRequired(name, required), values[name]))
        .filter(Boolean);
      if (fields.length === 0) continue;
      const headingId = `section-${section.id}`;
      sections.push(el('section', { class: 'form-section', 'aria-labelledby': headingId },
        el('h2', { id: headingId }, t(`section.${section.id}`)),
        el('div', { class: 'fields' }, ...fields.map(node => node.element))));
    }
    this.container.replaceChildren(...sections);
    this.applyContext();
    for (const node of this.nodes.values()) if (node.info.amount) this.showAmount(node);
  }

  isRequired(path, required) {
    const presence = this.info(path).presence;
    return presence === 'required' || (presence !== 'optional' && required.has(path.split('.').pop().replace(/\[\d+\]$/, '')));
  }

  /** Builds the node of one property, or null for a part this kind does not have. */
  field(name, schema, path, required, value) {
    schema = deref(this.schema, schema);
    const info = this.info(path);
    if (info.presence === 'none') return null;
    const type = typeOf(schema);
    const node = { path, name, schema, type, info, required, errors: [] };
    this.nodes.set(path, node);
    if (type === 'object') this.objectNode(node, value);
    else if (type === 'array') this.arrayNode(node, value);
    else this.leafNode(node, value);
    if (info.when) node.element.dataset.when = info.when.field;
    return node;
  }

  labelText(node, text) {
    // The star is for the eye; assistive technology hears aria-required on the control instead.
    return [text, node.required ? el('span', { class: 'required', 'aria-hidden': 'true', title: t('form.required') }, ' *') : null];
  }

  /** The field's errors (red) and, apart from them, its warnings, which never block the act. */
  errorList(node) {
    node.errorsBox = el('ul', { class: 'field-errors', id: `${idOf(node.path)}-errors`, hidden: true });
    node.warningsBox = el('ul', { class: 'field-warnings', id: `${idOf(node.path)}-warnings`, hidden: true });
    const lists = document.createDocumentFragment();
    lists.append(node.errorsBox, node.warningsBox);
    return lists;
  }

  helpText(node) {
    if (!node.info.help) return null;
    return el('p', { class: 'help', id: `${idOf(node.path)}-help` }, node.info.help);
  }

  objectNode(node, value) {
    const required = new Set(node.schema.required || []);
    node.children = [];
    for (const [name, schema] of Object.entries(node.schema.properties || {})) {
      const child = this.field(name, schema, join(node.path, name), required.has(name), value?.[name]);
      if (child) node.children.push(child);
    }
    const legend = node.itemLabel
      ? [el('span', { class: 'visually-hidden' }, `${node.info.label}: `), node.itemLabel]
      : this.labelText(node, node.info.label);
    node.element = el('fieldset', { class: 'group', dataset: { path: node.path }, id: idOf(node.path) },
      el('legend', {}, ...legend),
      node.itemLabel ? null : this.helpText(node),
      this.errorList(node),
      el('div', { class: 'fields' }, ...node.children.map(child => child.element)));
  }

  arrayNode(node, value) {
    node.itemSchema = deref(this.schema, node.schema.items || {});
    node.list = el('ol', { class: 'items' });
    node.items = [];
    const values = Array.isArray(value) && value.length > 0 ? value : [undefined];
    node.addButton = el('button', {
      type: 'button', class: 'add',
      'aria-label': t('form.addItem', { label: node.info.label }),
      onclick: () => this.addItem(node),
    }, `+ ${t('form.add')}`);
    node.element = el('fieldset', { class: 'group list', dataset: { path: node.path }, id: idOf(node.path) },
      el('legend', {}, ...this.labelText(node, node.info.label)),
      this.helpText(node),
      this.errorList(node),
      node.list,
      node.addButton);
    for (const item of values) this.appendItem(node, item);
  }

  appendItem(node, value) {
    const index = node.items.length;
    const path = `${node.path}[${index}]`;
    const number = t('form.item', { n: index + 1 });
    const remove = el('button', {
      type: 'button', class: 'remove',
      'aria-label': t('form.removeItem', { label: node.info.label, n: index + 1 }),
      onclick: () => this.removeItem(node, index),
    }, t('form.remove'));
    const itemType = typeOf(node.itemSchema);
    const item = { path, name: String(index), schema: node.itemSchema, type: itemType, info: node.info, required: itemType !== 'object', errors: [], itemLabel: number };
    this.nodes.set(path, item);
    if (itemType === 'object') {
      this.objectNode(item, value);
      item.element.classList.add('item-group');
      item.element.append(remove);
      item.element = el('li', { class: 'item', dataset: { path } }, item.element);
    } else {
      this.leafNode(item, value, number);
      item.element = el('li', { class: 'item', dataset: { path } }, item.element, remove);
    }
    node.items.push(item);
    node.list.append(item.element);
    return item;
  }

  addItem(node) {
    const item = this.appendItem(node, undefined);
    this.focusNode(item);
    this.onChange();
  }

  removeItem(node, index) {
    const values = node.items.map(item => rawOf(item));
    values.splice(index, 1);
    for (const item of node.items) this.forget(item);
    node.items = [];
    node.list.replaceChildren();
    for (const value of values.length > 0 ? values : [undefined]) this.appendItem(node, value);
    this.focusNode(node.items[Math.min(index, node.items.length - 1)]);
    this.onChange();
  }

  forget(node) {
    this.nodes.delete(node.path);
    for (const child of node.children || node.items || []) this.forget(child);
  }

  leafNode(node, value, itemLabel) {
    const id = idOf(node.path);
    const described = [node.info.help && !itemLabel ? `${id}-help` : null, `${id}-errors`, `${id}-warnings`];
    const common = { id, dataset: { path: node.path }, 'aria-required': node.required ? 'true' : null };
    let control;
    switch (node.type) {
      case 'enum': {
        const choices = node.info.choices || node.schema.enum.filter(Boolean).map(v => ({ value: v, text: v }));
        const options = [el('option', { value: '' }, t('form.choose'))];
        for (const choice of choices) options.push(el('option', { value: choice.value }, choice.text));
        if (value && !choices.some(choice => choice.value === value)) options.push(el('option', { value }, value));
        control = el('select', common, ...options);
        control.value = value ?? '';
        break;
      }
      case 'date':
        control = el('input', { ...common, type: 'date' });
        control.value = value ?? '';
        break;
      case 'integer':
      case 'number':
        control = el('input', { ...common, type: 'number', step: node.type === 'integer' ? '1' : '0.01', inputmode: node.type === 'integer' ? 'numeric' : 'decimal' });
        control.value = value ?? '';
        break;
      case 'boolean':
        control = el('input', { ...common, type: 'checkbox' });
        control.checked = value === true;
        break;
      default:
        if (node.info.prose) {
          control = el('textarea', { ...common, rows: itemLabel ? 2 : 3 });
        } else if (node.info.wide) {
          // A long one-line requisite (an office's name, a printed position): it wraps to show all of
          // itself, but takes no line break, which the act's line fields refuse.
          control = el('textarea', { ...common, rows: 1, class: 'one-line' });
          control.addEventListener('keydown', event => { if (event.key === 'Enter') event.preventDefault(); });
          control.addEventListener('input', () => {
            if (/[\r\n]/.test(control.value)) control.value = control.value.replace(/\s*[\r\n]+\s*/g, ' ');
          });
        } else {
          control = el('input', { ...common, type: 'text', autocomplete: 'off' });
        }
        control.value = value ?? '';
    }
    node.control = control;
    // Texts are typed in the act's language: spelling is checked in it, whatever the interface's.
    if (this.language && (control.tagName === 'TEXTAREA' || control.type === 'text')) control.lang = this.language;
    const label = itemLabel
      ? el('label', { for: id }, el('span', { class: 'visually-hidden' }, `${node.info.label}: `), itemLabel)
      : el('label', { for: id }, node.info.label);
    // The star stands beside the label, not in it, so that the label is the field's name and nothing more.
    const star = !itemLabel && node.required ? this.labelText(node, '')[1] : null;
    const heading = star ? el('div', { class: 'label-row' }, label, star) : label;
    const wide = node.info.wide || itemLabel;
    const classes = `field field-${node.type}${wide ? ' wide' : ''}`;
    if (node.type === 'boolean') {
      node.element = el('div', { class: `${classes} wide`, dataset: { path: node.path } },
        el('div', { class: 'check' }, control, heading), this.helpText(node), this.errorList(node));
    } else {
      const words = node.info.amount
        ? (node.words = el('output', { class: 'amount-words', id: `${id}-words`, for: id }))
        : null;
      if (words) described.push(words.id);
      node.element = el('div', { class: classes, dataset: { path: node.path } },
        heading, control, words, itemLabel ? null : this.helpText(node), this.errorList(node));
    }
    control.setAttribute('aria-describedby', described.filter(Boolean).join(' '));
  }

  /** Shows a sum in words under its input, a moment after typing stops. */
  showAmount(node) {
    if (!node.words || !this.amount) return;
    clearTimeout(node.amountTimer);
    const text = node.control.value.trim();
    if (!text || node.control.validity.badInput) {
      node.words.textContent = '';
      return;
    }
    node.amountTimer = setTimeout(async () => {
      const words = await this.amount(text).catch(() => '');
      if (node.control.value.trim() === text) node.words.textContent = words ? `${t('form.amount')}: ${words}` : '';
    }, 250);
  }

  /** Sets the values conditions read (the conclusion's instance) and shows or hides what depends on them. */
  setContext(context) {
    this.context = { ...this.context, ...context };
    this.applyContext();
  }

  applyContext() {
    for (const node of this.nodes.values()) {
      const when = node.info.when;
      if (!when || node.path.includes('.') || node.path.includes('[')) continue;
      node.hidden = !when.values.includes(this.context[when.field]);
      node.element.hidden = node.hidden;
    }
  }

  // ---- values ----

  /** Everything as typed, blanks included: for drafts, and to rebuild the form. */
  raw() {
    const values = {};
    for (const node of this.topNodes()) values[node.name] = rawOf(node);
    return values;
  }

  topNodes() { return [...this.nodes.values()].filter(node => !node.path.includes('.') && !node.path.includes('[')); }

  /** The act's fields as the API takes them: blanks, empty parts, hidden fields and blank list items left out. */
  value() {
    const map = new Map();
    const act = {};
    for (const node of this.topNodes()) {
      if (node.hidden) continue;
      const value = collect(node, node.name, map);
      if (value !== undefined) act[node.name] = value;
    }
    this.pathMap = map;
    return act;
  }

  /** Inputs whose text is not a number (the browser keeps no value for them): errors of the form's own. */
  localErrors() {
    const errors = [];
    for (const node of this.nodes.values()) {
      if ((node.type === 'integer' || node.type === 'number') && node.control.validity.badInput && !node.hidden) {
        errors.push({ node, message: t('form.notNumber') });
      }
    }
    return errors;
  }

  // ---- errors ----

  /**
   * Shows each error next to its field. "required" waits until the field was changed or the form
   * submitted (reveal), so a new form is not red all over; other errors show at once. Warnings show
   * at once too, apart from the errors. Answers the errors that have no field on the form.
   */
  showErrors(errors, reveal, warnings = []) {
    for (const node of this.nodes.values()) {
      node.errors = [];
      node.warnings = [];
    }
    for (const warning of warnings) {
      const node = resolvePath(warning.path || '', this.pathMap, this.nodes);
      if (node && !this.isHidden(node)) node.warnings.push(warning.message);
    }
    const unplaced = [];
    for (const error of errors) {
      const node = resolvePath(error.path || '', this.pathMap, this.nodes);
      if (!node || this.isHidden(node)) {
        unplaced.push(error);
        continue;
      }
      if (reveal || error.code !== 'required' || isTouched(node, this.touched)) node.errors.push(error.message);
    }
    for (const { node, message } of this.localErrors()) node.errors.push(message);
    for (const node of this.nodes.values()) this.drawErrors(node);
    return unplaced;
  }

  isHidden(node) {
    for (let element = node.element; element && element !== this.container; element = element.parentElement) {
      if (element.hidden) return true;
    }
    return false;
  }

  drawErrors(node) {
    if (!node.errorsBox) return;
    node.errorsBox.replaceChildren(...node.errors.map(message => el('li', {}, message)));
    node.errorsBox.hidden = node.errors.length === 0;
    node.warningsBox.replaceChildren(...node.warnings.map(message =>
      el('li', {}, el('span', { class: 'warning-label' }, t('form.warning')), ' ', message)));
    node.warningsBox.hidden = node.warnings.length === 0;
    node.element.classList.toggle('invalid', node.errors.length > 0);
    if (node.control) node.control.setAttribute('aria-invalid', String(node.errors.length > 0));
  }

  /** The path of the node an error would be shown at (for the summary's links). */
  nodeFor(path) { return resolvePath(path || '', this.pathMap, this.nodes); }

  focusNode(node) {
    if (!node) return;
    const target = node.control || node.element.querySelector('input, select, textarea, button');
    target?.focus();
    node.element.scrollIntoView({ block: 'center', behavior: 'instant' });
  }
}
