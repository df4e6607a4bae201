import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';
import { resolveSpecifier } from './resolve-specifier';
import { TEST_SUPPORT_FOLDER } from './rules';

/** A source file under src/ and its text, as the test-data check reads it. */
export type SourceText = { readonly file: string; readonly source: string };

/** Why a non-test file under src/ counts as test data: by its name, or by importing from tests/. */
export type TestDataReason = 'test-data-name' | 'imports-tests';

/** A non-test file under src/ that is, or reaches for, test data (architecture.md: tests/ only). */
export type TestDataFinding = {
  /** Repo-relative path with forward slashes. */
  readonly file: string;
  readonly reason: TestDataReason;
  /** The import that reaches into tests/, for `imports-tests`. */
  readonly specifier?: string;
};

const TEST_FILE = /\.test\.[cm]?[jt]sx?$/;
const SOURCE_FILE = /\.[cm]?[jt]sx?$/;
// Fixtures and builders by name: `x.fixture.ts`, `x.fixture.tsx`, `test-builders.ts`, `test-builders/…`.
const TEST_DATA_NAME = /(^|\/)[^/]*\.fixture\.[cm]?[jt]sx?$|(^|\/)test-builders[^/]*(\/|$)/;

/**
 * Files that are still to move out of src/ by other work, each with the reason it may stay for
 * now. Keep this empty: an entry is a debt, not a rule.
 */
export const PENDING_TEST_DATA: readonly string[] = [];

/** Every non-test source file that is named as test data or imports from tests/, in file order. */
export function findTestDataInSrc(files: readonly SourceText[]): TestDataFinding[] {
  return files
    .filter(
      ({ file }) => file.startsWith('src/') && SOURCE_FILE.test(file) && !TEST_FILE.test(file),
    )
    .flatMap(({ file, source }): TestDataFinding[] => {
      const named: TestDataFinding[] = TEST_DATA_NAME.test(file)
        ? [{ file, reason: 'test-data-name' }]
        : [];
      const info = ts.preProcessFile(source, true, true);
      const imports = info.importedFiles
        .map(({ fileName }) => fileName)
        .filter((specifier) => {
          const target = resolveSpecifier(specifier, file);
          return target.kind === 'path' && target.path.startsWith(`${TEST_SUPPORT_FOLDER}/`);
        })
        .map((specifier): TestDataFinding => ({ file, reason: 'imports-tests', specifier }));
      return [...named, ...imports];
    })
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** The source files under `rootDir/src`, repo-relative, with their text. */
export function readSourceTexts(rootDir: string): SourceText[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return entry.name.startsWith('.') ? [] : walk(path);
      return entry.isFile() ? [path] : [];
    });
  return walk(join(rootDir, 'src')).map((absolute) => ({
    file: relative(rootDir, absolute).split(sep).join('/'),
    source: readFileSync(absolute, 'utf8'),
  }));
}
