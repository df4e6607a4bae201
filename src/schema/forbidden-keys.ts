import { formatIssuePath } from './issue-path';
import { LIMITS } from './limits';
import type { SchemaIssue } from './schema-issues';

/** Keys that could reach an object's prototype if they were ever copied into application objects. */
export const FORBIDDEN_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

/** Whether a key is one of the forbidden keys. */
export function isForbiddenKey(key: PropertyKey): boolean {
  return (FORBIDDEN_KEYS as readonly PropertyKey[]).includes(key);
}

interface PathNode {
  readonly parent: PathNode | null;
  readonly key: PropertyKey;
}

function toSegments(node: PathNode | null): PropertyKey[] {
  const segments: PropertyKey[] = [];
  for (let at = node; at; at = at.parent) segments.push(at.key);
  return segments.reverse();
}

// The schema is under ten levels deep, so anything deeper sits under a key the strict schema refuses
// anyway. Stopping there also ends a walk over a hand-built value whose getters make a new object on
// every read.
const MAX_DEPTH = 64;

/**
 * Finds every forbidden own key in a value, down to a depth no valid document reaches, one
 * `forbidden-key` issue at each. JSON.parse turns `"__proto__"` into an own property, so own keys
 * are listed, never looked up. The walk keeps its own stack (no call-stack overflow) and visits each
 * object once (cycles end).
 */
export function findForbiddenKeys(input: unknown): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  // A Set, not a WeakSet: the objects stay alive for the walk anyway, and millions of weak entries
  // make garbage collection crawl.
  const seen = new Set<object>();
  const stack: { value: object; path: PathNode | null; depth: number }[] = [];
  const visit = (value: unknown, path: PathNode | null, depth: number) => {
    // Only containers go on the stack: most values of a document are strings.
    if (typeof value === 'object' && value !== null && !seen.has(value) && depth <= MAX_DEPTH) {
      seen.add(value);
      stack.push({ value, path, depth });
    }
  };
  visit(input, null, 0);
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { value, path, depth } = next;
    if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index -= 1) {
        visit(value[index], { parent: path, key: index }, depth + 1);
      }
      continue;
    }
    const record = value as Record<string, unknown>;
    // Reflect.ownKeys also lists non-enumerable keys, which a hand-built input could hide.
    const keys = Reflect.ownKeys(record).filter((key) => typeof key === 'string');
    for (const key of keys) {
      // A flood of forbidden keys stops a little past the cap of listed issues.
      if (isForbiddenKey(key) && issues.length <= LIMITS.issues) {
        issues.push({
          path: formatIssuePath(toSegments({ parent: path, key })),
          code: 'forbidden-key',
        });
      }
    }
    for (const key of keys.reverse()) visit(record[key], { parent: path, key }, depth + 1);
  }
  return issues;
}
