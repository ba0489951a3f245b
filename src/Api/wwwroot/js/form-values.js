// The two views of the form's values. rawOf keeps everything as typed (blank items too), for drafts
// and for drawing the form again; collect gives the act as sent: blank fields, empty parts and blank
// list items left out, numbers as numbers, and it notes which input each JSON path came from, so that
// an error at "violations[1]" finds the list item it was typed in even after a blank one was dropped.

import { join } from './schema.js';

/** A node's value as typed. */
export function rawOf(node) {
  if (node.type === 'object') return Object.fromEntries(node.children.map(child => [child.name, rawOf(child)]));
  if (node.type === 'array') return node.items.map(item => rawOf(item));
  if (node.type === 'boolean') return node.control.checked;
  return node.control.value;
}

/** A node's value as the API takes it, or undefined to leave it out; map gets JSON path → the node's own path. */
export function collect(node, path, map) {
  let value;
  if (node.type === 'object') {
    const object = {};
    for (const child of node.children) {
      const inner = collect(child, join(path, child.name), map);
      if (inner !== undefined) object[child.name] = inner;
    }
    value = Object.keys(object).length > 0 ? object : undefined;
  } else if (node.type === 'array') {
    const items = [];
    for (const item of node.items) {
      const inner = collect(item, `${path}[${items.length}]`, map);
      if (inner !== undefined) items.push(inner);
    }
    value = items.length > 0 ? items : undefined;
  } else {
    value = leafValue(node);
  }
  if (value !== undefined) map.set(path, node.path);
  return value;
}

function leafValue(node) {
  const control = node.control;
  switch (node.type) {
    case 'boolean': return control.checked ? true : undefined;
    case 'integer':
    case 'number': {
      if (control.validity.badInput || control.value.trim() === '') return undefined;
      const number = Number(control.value);
      return Number.isFinite(number) ? number : undefined;
    }
    default: {
      const text = control.value.trim();
      return text === '' ? undefined : text;
    }
  }
}
