// Reading a kind's JSON Schema (GET /api/acts/{kind}/schema) as the act form needs it.

/** The type of a schema node: enum, date, string, integer, number, boolean, object or array. */
export function typeOf(node) {
  if (!node) return 'string';
  if (node.enum) return 'enum';
  const type = (Array.isArray(node.type) ? node.type : [node.type]).find(name => name !== 'null');
  return type === 'string' && node.format === 'date' ? 'date' : type || 'string';
}

/** "violations[2].title" without its list indexes, as labels are keyed: "violations.title". */
export const bare = path => path.replace(/\[\d+\]/g, '');

/** A DOM id for a path: "proceeding.debtor.name" → "f-proceeding-debtor-name". */
export const idOf = path => 'f-' + path.replace(/\[(\d+)\]/g, '-$1').replace(/\./g, '-');

export const join = (parent, name) => (parent ? `${parent}.${name}` : name);

/** The schema a node stands for: a part met twice is written once and then referred to ("$ref": "#/properties/approver/properties/name"). */
export function deref(root, node) {
  let target = node;
  for (let hops = 0; target?.$ref && hops < 16; hops++) {
    const pointer = target.$ref.replace(/^#\/?/, '');
    target = pointer.split('/').filter(Boolean)
      .map(part => part.replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce((at, part) => at?.[part], root);
  }
  return target || {};
}
