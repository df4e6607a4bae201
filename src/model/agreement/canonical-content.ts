import type { Workspace } from '../workspace';
import { type ContentItems, listContentItems } from './content-items';

/** Names the serialisation, so a later change of its rules gives different fingerprints on purpose. */
export const CANONICAL_CONTENT_FORMAT = 'srw-agreed-content/1';

// Lists whose order carries no meaning: they are compared and fingerprinted as sets.
const UNORDERED_LISTS = new Set(['roles', 'assignments', 'letters', 'securityServices']);

/**
 * One value as canonical JSON: object keys sorted, unordered lists sorted by their own canonical
 * form, nothing undefined. Equal content gives equal text whatever order it was built in.
 */
export function canonicalJson(value: unknown, listName = ''): string {
  if (Array.isArray(value)) {
    const parts = value.map((item) => canonicalJson(item));
    if (UNORDERED_LISTS.has(listName)) parts.sort();
    return `[${parts.join(',')}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item, key)}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** The canonical text of a set of items: the format name, then every item by key in key order. */
export function serialiseItems(items: ContentItems): string {
  const keys = [...items.keys()].sort();
  const body = keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(items.get(key))}`);
  return `{"format":${JSON.stringify(CANONICAL_CONTENT_FORMAT)},"items":{${body.join(',')}}}`;
}

/**
 * The canonical serialisation of what the parties agree on (domain §11): the text the fingerprint
 * (SHA-256) is taken over. Independent of key order, list order of sets, view state and comments.
 */
export function serialiseAgreedContent(workspace: Workspace): string {
  return serialiseItems(listContentItems(workspace));
}

/** Reads the items back from a canonical serialisation (the stored last common version). */
export function parseAgreedContent(text: string): ContentItems {
  const parsed = JSON.parse(text) as { items?: Record<string, unknown> };
  return new Map(Object.entries(parsed.items ?? {}));
}
