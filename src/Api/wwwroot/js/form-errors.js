// Where an error of the validator goes on the form: its path ("attachments[1].pages") is read against
// the paths the act was collected from, then against the form's own, shortened until a part is found.

/** Splits "attachments[1].pages" into ["attachments", "[1]", ".pages"]. */
export const tokens = path => path.match(/^[^.[]+|\[\d+\]|\.[^.[]+/g) || [];

/**
 * The node an error path points at: the input it was typed in, or the nearest part that is on the form.
 * @param {Map<string,string>} pathMap JSON path of the act sent → path of the form's node
 * @param {Map<string,object>} nodes the form's nodes by their own path
 */
export function resolvePath(path, pathMap, nodes) {
  const parts = tokens(path);
  for (let length = parts.length; length > 0; length--) {
    const prefix = parts.slice(0, length).join('');
    if (!pathMap.has(prefix)) continue;
    const domPrefix = pathMap.get(prefix);
    for (let rest = parts.length; rest >= length; rest--) {
      const node = nodes.get(domPrefix + parts.slice(length, rest).join(''));
      if (node) return node;
    }
  }
  for (let length = parts.length; length > 0; length--) {
    const node = nodes.get(parts.slice(0, length).join(''));
    if (node) return node;
  }
  return null;
}

/** Whether the prosecutor changed the node's input, or one inside the part. */
export function isTouched(node, touched) {
  for (const path of touched) {
    if (path === node.path || path.startsWith(`${node.path}.`) || path.startsWith(`${node.path}[`)) return true;
  }
  return false;
}
