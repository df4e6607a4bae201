import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';
import { checkImport, importerOf, type RuleCode } from './check-import';

/** An import that breaks the dependency rules of docs/architecture.md. */
export type Violation = {
  /** Repo-relative path with forward slashes. */
  readonly file: string;
  /** 1-based line of the specifier. */
  readonly line: number;
  readonly specifier: string;
  readonly rule: RuleCode;
};

/** Options for scanning a tree other than the real sources. */
export type FindOptions = {
  /**
   * Suffix after the source extension of the files to scan. The planted-violation fixtures are
   * `*.ts.txt` so that tsc, biome and vitest never load them (their imports point nowhere).
   */
  readonly fileSuffix?: string;
};

const SOURCE_EXTENSION = /\.[cm]?[jt]sx?$/;

/** Every import under `rootDir/src` that breaks the dependency rules, sorted by file and line. */
export function findDependencyViolations(rootDir: string, options: FindOptions = {}): Violation[] {
  const suffix = options.fileSuffix ?? '';
  return listFiles(join(rootDir, 'src'))
    .map((absolute) => ({ absolute, file: relative(rootDir, absolute).split(sep).join('/') }))
    .filter(({ file }) => file.endsWith(suffix) && SOURCE_EXTENSION.test(stripSuffix(file, suffix)))
    .flatMap(({ absolute, file }) =>
      checkFile(file, stripSuffix(file, suffix), readFileSync(absolute, 'utf8')),
    )
    .sort(byFileThenLine);
}

/** One violation per line, as `file:line specifier rule`, for failure messages. */
export function formatViolation(violation: Violation): string {
  return `${violation.file}:${violation.line} '${violation.specifier}' ${violation.rule}`;
}

function checkFile(file: string, logicalFile: string, source: string): Violation[] {
  const importer = importerOf(logicalFile);
  if (!importer) return [{ file, line: 1, specifier: '', rule: 'unlisted-folder' }];
  // Type-only imports, re-exports, dynamic import() and `/// <reference>` all count.
  const info = ts.preProcessFile(source, true, true);
  const references = [
    ...info.importedFiles,
    ...info.typeReferenceDirectives,
    // `/// <reference path="x.d.ts" />` is always a file path, even without a leading `./`.
    ...info.referencedFiles.map((ref) => ({ ...ref, fileName: asPath(ref.fileName) })),
  ];
  return references.flatMap(({ fileName: specifier, pos }) => {
    const rule = checkImport(importer, specifier, logicalFile);
    return rule ? [{ file, line: lineAt(source, pos), specifier, rule }] : [];
  });
}

function listFiles(dir: string): string[] {
  // No try/catch: a wrong root must fail loudly rather than pass with nothing scanned.
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith('.') ? [] : listFiles(path);
    return entry.isFile() ? [path] : [];
  });
}

// Plain code-unit order, so the report does not depend on the machine's locale.
function byFileThenLine(a: Violation, b: Violation): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line;
}

function stripSuffix(file: string, suffix: string): string {
  return suffix ? file.slice(0, -suffix.length) : file;
}

function lineAt(source: string, position: number): number {
  return source.slice(0, position).split('\n').length;
}

function asPath(fileName: string): string {
  return fileName.startsWith('.') || fileName.startsWith('/') ? fileName : `./${fileName}`;
}
