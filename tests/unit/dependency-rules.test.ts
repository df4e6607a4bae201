import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkImport, importerOf } from '../../scripts/dependency-rules/check-import';
import {
  findDependencyViolations,
  formatViolation,
} from '../../scripts/dependency-rules/find-violations';
import {
  locatePath,
  packageNameOf,
  resolveSpecifier,
} from '../../scripts/dependency-rules/resolve-specifier';

// This test is the build's dependency check: `npx vitest run` (part of `npm run check`) fails when
// any file under src/ imports what docs/architecture.md forbids.
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
// Fixture sources are named `*.ts.txt`: their imports point at files that do not exist, and the
// `.txt` suffix keeps them out of tsc (tsconfig includes tests/), biome (files.ignoreUnknown) and
// vitest, while findDependencyViolations reads them through its fileSuffix option.
const fixtureRoot = fileURLToPath(new URL('../fixtures/dependency-violations', import.meta.url));

describe('dependency rules of the real sources', () => {
  it('finds no import that breaks docs/architecture.md', () => {
    const found = findDependencyViolations(repoRoot).map(formatViolation);
    expect(found, `Dependency rule violations:\n${found.join('\n')}`).toEqual([]);
  });
});

describe('dependency rules on planted violations', () => {
  it('reports each planted violation and nothing in the clean files', () => {
    const found = findDependencyViolations(fixtureRoot, { fileSuffix: '.txt' }).map(
      formatViolation,
    );
    expect(found).toEqual([
      "src/features/a/uses-b.ts.txt:3 '@/features/b/thing' feature-imports-feature",
      "src/lib/util.ts.txt:1 '' unlisted-folder",
      "src/model/bad-import.ts.txt:2 'react' model-imports-package",
      "src/model/bad-import.ts.txt:3 'zod' model-imports-package",
      "src/model/bad-import.ts.txt:4 'node:fs' model-imports-package",
      "src/model/escape.ts.txt:2 '../store/x' forbidden-folder",
      "src/schema/uses-tests.ts.txt:3 '../../tests/support/sample' outside-src",
      "src/schema/uses-tests.ts.txt:5 'react' forbidden-package",
      "src/store/uses-export.ts.txt:2 '../export/csv/x' forbidden-folder",
      "src/ui/uses-store.ts.txt:2 '@/store/x' forbidden-folder",
    ]);
  });
});

describe('resolveSpecifier', () => {
  it.each([
    ['./roles', 'src/model/derive.ts', { kind: 'path', path: 'src/model/roles' }],
    ['../store/x', 'src/model/escape.ts', { kind: 'path', path: 'src/store/x' }],
    ['../../tests/support/a', 'src/ui/b.test.ts', { kind: 'path', path: 'tests/support/a' }],
    ['../../../outside', 'src/ui/b.ts', { kind: 'path', path: '../outside' }],
    ['@/features/b/thing', 'src/features/a/x.ts', { kind: 'path', path: 'src/features/b/thing' }],
    ['/src/main', 'src/app/x.ts', { kind: 'path', path: 'src/main' }],
    ['./icon.svg?url', 'src/ui/x.ts', { kind: 'path', path: 'src/ui/icon.svg' }],
    ['zustand/middleware', 'src/store/x.ts', { kind: 'package', name: 'zustand' }],
    [
      '@tanstack/react-table',
      'src/features/a/x.ts',
      { kind: 'package', name: '@tanstack/react-table' },
    ],
    [
      '@testing-library/jest-dom/vitest',
      'src/ui/x.test.ts',
      { kind: 'package', name: '@testing-library/jest-dom' },
    ],
    ['node:fs/promises', 'src/model/x.ts', { kind: 'package', name: 'node:fs' }],
  ])('resolves %s from %s', (specifier, from, expected) => {
    expect(resolveSpecifier(specifier, from)).toEqual(expected);
  });

  it.each([
    ['react', 'react'],
    ['react-dom/client', 'react-dom'],
    ['@scope/name/deep/sub', '@scope/name'],
  ])('gives package %s as %s', (specifier, name) => {
    expect(packageNameOf(specifier)).toBe(name);
  });
});

describe('locatePath', () => {
  it.each([
    ['src/main.tsx', { kind: 'src', folder: 'app', subfolder: undefined }],
    ['src/model', { kind: 'src', folder: 'model', subfolder: undefined }],
    ['src/export/pdf/render', { kind: 'src', folder: 'export', subfolder: 'pdf' }],
    ['src/features/b', { kind: 'src', folder: 'features', subfolder: 'b' }],
    ['src/lib/util', { kind: 'src-unlisted', folder: 'lib' }],
    ['tests/support/a', { kind: 'outside-src', path: 'tests/support/a' }],
  ])('places %s', (path, expected) => {
    expect(locatePath(path)).toEqual(expected);
  });
});

describe('checkImport', () => {
  it.each([
    ['src/model/a.test.ts', 'vitest', 'allowed'],
    ['src/model/a.test.ts', 'fast-check', 'allowed'],
    ['src/model/a.test.ts', 'zod', 'model-imports-package'],
    ['src/schema/a.ts', 'zod', 'allowed'],
    ['src/schema/a.ts', '@/store/x', 'forbidden-folder'],
    ['src/store/a.ts', 'zustand/middleware', 'allowed'],
    ['src/store/a.tsx', 'react', 'forbidden-package'],
    ['src/export/csv/a.ts', '@/i18n/en', 'forbidden-folder'],
    ['src/export/csv/a.ts', '../download', 'allowed'],
    ['src/export/pdf/a.ts', 'pdfmake/build/pdfmake', 'allowed'],
    ['src/export/csv/a.ts', 'pdfmake', 'forbidden-package'],
    ['src/export/pdf/a.ts', 'react', 'forbidden-package'],
    ['src/import/a.ts', '@/schema/workspace', 'allowed'],
    ['src/i18n/en.ts', '@/model/roles', 'allowed'],
    ['src/i18n/en.ts', '@/store/x', 'forbidden-folder'],
    ['src/ui/a.tsx', '@/i18n/use-t', 'forbidden-folder'],
    ['src/ui/a.tsx', '../model/roles', 'forbidden-folder'],
    ['src/ui/a.test.tsx', '@testing-library/user-event', 'allowed'],
    ['src/ui/a.test.tsx', '../../tests/support/a', 'allowed'],
    ['src/ui/a.test.ts', '../../vite.config', 'outside-src'],
    ['src/features/a/x.ts', 'vitest', 'forbidden-package'],
    ['src/features/a/x.ts', '@/features/a/y', 'allowed'],
    ['src/features/a/x.ts', '../b', 'feature-imports-feature'],
    ['src/features/a/x.ts', '@/lib/util', 'forbidden-folder'],
    ['src/app/shell.tsx', '@/features/a/x', 'allowed'],
    ['src/app/shell.tsx', '../../tests/support/a', 'outside-src'],
    ['src/main.tsx', 'react-dom/client', 'allowed'],
  ] as const)('%s importing %s gives %s', (from, specifier, expected) => {
    const importer = importerOf(from);
    expect(importer).toBeDefined();
    if (importer) expect(checkImport(importer, specifier, from) ?? 'allowed').toBe(expected);
  });
});
