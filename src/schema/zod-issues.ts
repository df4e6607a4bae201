import type { z } from 'zod';
import { describeType, describeValue } from './describe-value';
import { isForbiddenKey } from './forbidden-keys';
import { formatIssuePath } from './issue-path';
import { LIMITS } from './limits';
import { isLooseRecord } from './loose-records';
import { isSchemaIssueCode, type SchemaIssue } from './schema-issues';

type ZodIssue = z.core.$ZodIssue;
type Path = readonly PropertyKey[];

const orList = (values: readonly unknown[]): string => values.map(String).join(' | ');

function issue(
  path: Path,
  code: SchemaIssue['code'],
  expected?: string,
  received?: string,
): SchemaIssue {
  return {
    path: formatIssuePath(path),
    code,
    ...(expected === undefined ? {} : { expected }),
    ...(received === undefined ? {} : { received }),
  };
}

/** A branch of a union that failed on the value's type itself, not on something inside it. */
function isRootMismatch(branch: readonly ZodIssue[]): boolean {
  return branch.some(
    (i) => i.path.length === 0 && (i.code === 'invalid_type' || i.code === 'invalid_value'),
  );
}

function rootExpectation(branch: readonly ZodIssue[]): string {
  const root = branch.find((i) => i.path.length === 0);
  if (root?.code === 'invalid_type') return root.expected;
  if (root?.code === 'invalid_value') return orList(root.values);
  return 'unknown';
}

function fromUnion(found: z.core.$ZodIssueInvalidUnion, path: Path): SchemaIssue[] {
  if (found.discriminator !== undefined && found.errors.length === 0) {
    // zod already points the path at the discriminator but keeps the whole object as input.
    const value = isLooseRecord(found.input) ? found.input[found.discriminator] : undefined;
    const expected = orList(('options' in found ? found.options : undefined) ?? []);
    if (value === undefined) return [issue(path, 'missing', expected)];
    return [issue(path, 'invalid-value', expected, describeValue(value))];
  }
  // The value fits one branch's type (an array for a coverage, an object for a service): report
  // what is wrong inside that branch rather than "matches no branch".
  const inside = found.errors.filter((branch) => !isRootMismatch(branch));
  const best = [...inside].sort((a, b) => a.length - b.length)[0];
  if (best) return best.flatMap((i) => toSchemaIssues([i], path));
  const expected = found.errors.map(rootExpectation).join(' | ');
  const isValueMiss = found.errors.some((branch) =>
    branch.some(
      (i) =>
        i.path.length === 0 &&
        i.code === 'invalid_value' &&
        i.values.some((v) => typeof v === typeof found.input),
    ),
  );
  if (found.input === undefined) return [issue(path, 'missing', expected)];
  return [
    isValueMiss
      ? issue(path, 'invalid-value', expected, describeValue(found.input))
      : issue(path, 'wrong-type', expected, describeType(found.input)),
  ];
}

function fromIssue(found: ZodIssue, base: Path): SchemaIssue[] {
  const path = [...base, ...found.path];
  switch (found.code) {
    case 'invalid_type':
      if (found.input === undefined) return [issue(path, 'missing', found.expected)];
      return [issue(path, 'wrong-type', found.expected, describeType(found.input))];
    case 'invalid_value':
      if (found.input === undefined) return [issue(path, 'missing', orList(found.values))];
      return [issue(path, 'invalid-value', orList(found.values), describeValue(found.input))];
    case 'too_big': {
      const code = found.origin === 'string' ? 'too-long' : 'too-many';
      const size =
        typeof found.input === 'string' || Array.isArray(found.input)
          ? found.input.length
          : undefined;
      return [
        issue(path, code, `<= ${found.maximum}`, size === undefined ? undefined : String(size)),
      ];
    }
    case 'too_small':
      if (found.origin === 'string' && found.minimum === 1) return [issue(path, 'empty')];
      return [issue(path, 'invalid-value', `>= ${found.minimum}`, describeValue(found.input))];
    case 'unrecognized_keys':
      // A forbidden key already has its own, more telling issue.
      return (
        found.keys
          .filter((key) => !isForbiddenKey(key))
          // An object with a million unknown keys is one zod issue; it must not become a million.
          .slice(0, LIMITS.issues + 1)
          .map((key) => issue([...path, key], 'unknown-key'))
      );
    case 'invalid_union':
      return fromUnion(found, path);
    case 'custom': {
      const { code, expected, received } = found.params ?? {};
      if (isSchemaIssueCode(code)) return [issue(path, code, expected, received)];
      return [issue(path, 'invalid-value', undefined, describeValue(found.input))];
    }
    default:
      return [issue(path, 'invalid-value', undefined, describeValue(found.input))];
  }
}

/**
 * Turns zod's issues into ours: readable paths (prefixed by `base`), our closed set of codes, and
 * one issue per unknown key. Stops a little past the cap of listed issues. Needs the issues of a
 * parse with `reportInput: true`.
 */
export function toSchemaIssues(issues: readonly ZodIssue[], base: Path = []): SchemaIssue[] {
  const result: SchemaIssue[] = [];
  for (const found of issues) {
    result.push(...fromIssue(found, base));
    if (result.length > LIMITS.issues) break;
  }
  return result;
}
