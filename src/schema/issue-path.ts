// Keys that read naturally after a dot; anything else is quoted so every path stays unambiguous.
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Formats a path as people read it: `workspace.engagements[2].mode`, with `["odd key"]` for keys
 * that are not identifiers. The document root is ''.
 */
export function formatIssuePath(segments: readonly PropertyKey[]): string {
  let path = '';
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else if (typeof segment === 'symbol') path += `[${String(segment)}]`;
    else if (IDENTIFIER.test(segment)) path += path === '' ? segment : `.${segment}`;
    else path += `[${JSON.stringify(segment)}]`;
  }
  return path;
}
