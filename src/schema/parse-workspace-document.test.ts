import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  changedDocument,
  sampleDocumentJson,
  sampleWorkspace,
} from '../../tests/fixtures/sample-workspace';
import { arbitraryWorkspace } from '../../tests/support/arbitrary-workspace';
import { LIMITS } from './limits';
import { parseWorkspaceDocument } from './parse-workspace-document';
import { SCHEMA_ISSUE_CODES } from './schema-issues';
import { serialiseWorkspaceDocument } from './serialise-workspace-document';

/** The sample document as JSON text with `insert` placed right after the first `after`. */
function sampleTextWith(after: string, insert: string): string {
  const text = JSON.stringify(sampleDocumentJson());
  expect(text).toContain(after);
  return text.replace(after, `${after},${insert}`);
}

/** Whether a result is either a success or a non-empty list of well-formed issues. */
function isWellFormed(result: ReturnType<typeof parseWorkspaceDocument>): boolean {
  if (result.ok) return true;
  return (
    result.issues.length > 0 &&
    result.issues.every(
      (issue) =>
        typeof issue.path === 'string' &&
        SCHEMA_ISSUE_CODES.includes(issue.code) &&
        Object.keys(issue).every((key) => ['path', 'code', 'expected', 'received'].includes(key)),
    )
  );
}

describe('parseWorkspaceDocument', () => {
  it('reads a valid document', () => {
    expect(parseWorkspaceDocument(sampleDocumentJson())).toEqual({
      ok: true,
      value: sampleWorkspace(),
    });
  });

  it('gives back a frozen workspace, so no one changes what was read in place', () => {
    const result = parseWorkspaceDocument(sampleDocumentJson());
    if (!result.ok) throw new Error('the sample is valid');
    expect(Object.isFrozen(result.value)).toBe(true);
    expect(Object.isFrozen(result.value.engagements)).toBe(true);
    expect(Object.isFrozen(result.value.overrides[0]?.assignments[0]?.basis)).toBe(true);
  });

  it.each<[string, string, string]>([
    ['at the root', '"format":"shared-responsibility-workbench/workspace"', '__proto__'],
    [
      'in the workspace',
      '"workspace":{"contract":{"title":"Cloud contract"',
      'workspace.contract.__proto__',
    ],
    ['in a party', '"id":"acme"', 'workspace.parties[0].__proto__'],
    [
      'in a security service',
      '"id":"s2"',
      'workspace.engagements[2].securityServices[1].__proto__',
    ],
    [
      'in a basis',
      '"basis":{"source":"override"',
      'workspace.overrides[0].assignments[0].basis.__proto__',
    ],
  ])('refuses a __proto__ key %s, read from JSON text', (_, after, path) => {
    const input = JSON.parse(sampleTextWith(after, '"__proto__":{"polluted":true}'));
    expect(parseWorkspaceDocument(input)).toEqual({
      ok: false,
      issues: [{ path, code: 'forbidden-key' }],
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each<[string, string, string]>([
    ['constructor', '"id":"e1"', 'workspace.engagements[0].constructor'],
    ['prototype', '"id":"c1"', 'workspace.channels[0].prototype'],
    ['constructor', '"role":"provider"', 'workspace.overrides[0].constructor'],
  ])('refuses a %s key, read from JSON text', (key, after, path) => {
    const input = JSON.parse(sampleTextWith(after, `"${key}":{"prototype":{"polluted":true}}`));
    const result = parseWorkspaceDocument(input);
    expect(result).toEqual({
      ok: false,
      issues: [
        { path, code: 'forbidden-key' },
        { path: `${path}.prototype`, code: 'forbidden-key' },
      ],
    });
  });

  it('refuses a forbidden key nested inside an unknown key, and reports both', () => {
    const input = JSON.parse(sampleTextWith('"id":"acme"', '"extra":{"deep":[{"__proto__":1}]}'));
    expect(parseWorkspaceDocument(input)).toEqual({
      ok: false,
      issues: [
        { path: 'workspace.parties[0].extra.deep[0].__proto__', code: 'forbidden-key' },
        { path: 'workspace.parties[0].extra', code: 'unknown-key' },
      ],
    });
  });

  it('refuses junk nested deeper than the call stack, without throwing', () => {
    const deep = `${'['.repeat(100_000)}{"__proto__":1}${']'.repeat(100_000)}`;
    const input = JSON.parse(sampleTextWith('"id":"acme"', `"deep":${deep}`));
    expect(parseWorkspaceDocument(input)).toEqual({
      ok: false,
      issues: [{ path: 'workspace.parties[0].deep', code: 'unknown-key' }],
    });
  });

  it('lists every issue, not only the first', () => {
    const input = changedDocument(
      [['workspace', 'contract', 'date'], '2023-02-29'],
      [['workspace', 'engagements', 0, 'mode'], 'hybrid'],
      [['workspace', 'overrides', 1, 'reason'], 5],
      [['workspace', 'channels', 0, 'fromPartyId'], 'ghost'],
    );
    const result = parseWorkspaceDocument(input);
    expect(result.ok ? [] : result.issues.map((issue) => issue.path)).toEqual([
      'workspace.contract.date',
      'workspace.engagements[0].mode',
      'workspace.overrides[1].reason',
      'workspace.channels[0].fromPartyId',
    ]);
  });

  it.each<[string, () => unknown]>([
    [
      'unknown keys',
      () => ({
        ...sampleDocumentJson(),
        ...Object.fromEntries(Array.from({ length: 2_000 }, (_, i) => [`junk${i}`, i])),
      }),
    ],
    [
      'forbidden keys',
      () => JSON.parse(`{"list":[${Array(3_000).fill('{"__proto__":1}').join(',')}]}`),
    ],
    [
      'broken overrides, far more than fit in memory as issues',
      () =>
        changedDocument([
          ['workspace', 'overrides'],
          Array.from({ length: 100_000 }, () => ({ assignments: Array(50).fill({}) })),
        ]),
    ],
    [
      'broken references',
      () => {
        const assignment = {
          duty: 'owner',
          scope: 'whole',
          partyId: 'ghost',
          basis: { source: 'override' },
        };
        const overrides = Array.from({ length: 20_000 }, (_, i) => ({
          engagementId: 'e1',
          rowId: 'facility',
          role: 'customer',
          assignments: [assignment],
          reason: String(i),
        }));
        return changedDocument([['workspace', 'overrides'], overrides]);
      },
    ],
  ])('stops listing at the issue cap on a flood of %s', (_, makeInput) => {
    const result = parseWorkspaceDocument(makeInput());
    if (result.ok) throw new Error('a flood of issues is not a valid document');
    expect(result.issues).toHaveLength(LIMITS.issues);
    expect(result.issues.at(-1)).toEqual({
      path: '',
      code: 'too-many-issues',
      expected: `<= ${LIMITS.issues}`,
    });
  });

  it('refuses input that throws when read, instead of throwing', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('no keys for you');
        },
      },
    );
    const getter = Object.defineProperty({}, 'format', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    expect(parseWorkspaceDocument(hostile)).toEqual({
      ok: false,
      issues: [{ path: '', code: 'unreadable' }],
    });
    expect(parseWorkspaceDocument(getter)).toEqual({
      ok: false,
      issues: [{ path: '', code: 'unreadable' }],
    });
  });

  it('never throws on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => isWellFormed(parseWorkspaceDocument(value))),
      { numRuns: 300 },
    );
  });

  it('never throws on any string, parsed loosely', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        let value: unknown = text;
        try {
          value = JSON.parse(text);
        } catch {
          // Not JSON: the string itself is the input.
        }
        return isWellFormed(parseWorkspaceDocument(value));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on anything in a valid envelope, nor on any JavaScript value', () => {
    const anything = fc.anything({
      withNullPrototype: true,
      withBigInt: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withObjectString: true,
      withTypedArray: true,
      withSparseArray: true,
      withBoxedValues: true,
    });
    fc.assert(
      fc.property(anything, (value) => {
        const envelope = {
          format: 'shared-responsibility-workbench/workspace',
          schemaVersion: 1,
          workspace: value,
        };
        return (
          isWellFormed(parseWorkspaceDocument(value)) &&
          isWellFormed(parseWorkspaceDocument(envelope))
        );
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on a valid document with one value anywhere replaced by junk', () => {
    fc.assert(
      fc.property(arbitraryWorkspace(), fc.nat(), fc.jsonValue(), (workspace, pick, junk) => {
        const document = JSON.parse(JSON.stringify(serialiseWorkspaceDocument(workspace)));
        const slots = collectSlots(document);
        const slot = slots[pick % slots.length];
        if (slot) slot.parent[slot.key] = junk;
        return isWellFormed(parseWorkspaceDocument(document));
      }),
      { numRuns: 300 },
    );
  });
});

/** Every place in a JSON value where a value sits, as its container and key. */
function collectSlots(
  value: unknown,
): { parent: Record<string | number, unknown>; key: string | number }[] {
  if (typeof value !== 'object' || value === null) return [];
  const parent = value as Record<string | number, unknown>;
  return Object.keys(parent).flatMap((key) => {
    const slotKey = Array.isArray(value) ? Number(key) : key;
    return [{ parent, key: slotKey }, ...collectSlots(parent[slotKey])];
  });
}
