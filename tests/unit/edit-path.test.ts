import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The build's check of docs/architecture.md ("Editing the workspace"): outside src/store the
// workspace changes only through the store's `edit(modelEdit, ...args)`, named by its model edit.
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

const RULES = [
  {
    code: 'workspace-set-state',
    // Writing the store directly skips undo; the persistence adapter in src/store is the exception.
    pattern: /\bworkspaceStore\s*\.\s*setState\b/,
    inTests: true,
  },
  { code: 'apply-edit', pattern: /\bapplyEdit\b/, inTests: true },
  {
    code: 'unnamed-edit',
    // `edit((w) => …)` hides which model edit runs; tests may build data inline.
    pattern: /\bedit\(\s*(?:async\s+)?(?:function\b|\([^()]*\)\s*=>|[A-Za-z_$][\w$]*\s*=>)/,
    inTests: false,
  },
] as const;

const isTest = (path: string) => /\.test\.tsx?$/.test(path);

/** The edit-path rules a source breaks, as `path:line code`. */
function findEditPathViolations(path: string, text: string): string[] {
  const found: string[] = [];
  for (const rule of RULES) {
    if (isTest(path) && !rule.inTests) continue;
    // Over the whole text, so that a call broken over lines is caught too.
    for (const match of text.matchAll(new RegExp(rule.pattern.source, 'g'))) {
      const line = text.slice(0, match.index).split('\n').length;
      found.push(`${path}:${line} ${rule.code}`);
    }
  }
  return found;
}

function sourcesOutsideStore(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory())
      return path.endsWith(join('src', 'store')) ? [] : sourcesOutsideStore(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('one edit path', () => {
  it('changes the workspace outside src/store only through edit(modelEdit, ...args)', () => {
    const found = sourcesOutsideStore(join(repoRoot, 'src')).flatMap((file) =>
      findEditPathViolations(relative(repoRoot, file), readFileSync(file, 'utf8')),
    );
    expect(found, `Edits that bypass the edit path:\n${found.join('\n')}`).toEqual([]);
  });

  it.each([
    ['src/features/a/x.tsx', 'applyEdit((w) => renameParty(w, id, name));', ['apply-edit']],
    ['src/features/a/x.tsx', 'edit((w) => renameParty(w, id, name));', ['unnamed-edit']],
    ['src/features/a/x.tsx', 'store.edit(w => w);', ['unnamed-edit']],
    [
      'src/features/a/x.tsx',
      'edit(\n  (w) =>\n    renameParty(w, id, name),\n);',
      ['unnamed-edit'],
    ],
    ['src/features/a/x.tsx', 'edit(function (w) { return w; });', ['unnamed-edit']],
    ['src/app/x.ts', 'workspaceStore.setState({ workspace });', ['workspace-set-state']],
    ['src/features/a/x.test.tsx', 'workspaceStore.getState().edit((w) => w);', []],
    ['src/features/a/x.tsx', 'edit(renameParty, id, name);', []],
    ['src/features/a/x.tsx', 'edit(setContract, { title: (x) => x });', []],
  ])('in %s, flags `%s` as %j', (path, line, codes) => {
    expect(findEditPathViolations(path, line).map((v) => v.split(' ')[1])).toEqual(codes);
  });
});
