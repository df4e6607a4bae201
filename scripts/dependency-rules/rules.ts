// The dependency rules of docs/architecture.md as data, so the table and the check cannot drift apart
// silently: changing what a folder may import means editing this one file.

/** Top folders of src/ that have rules; files directly under src/ count as `app`. */
export const SOURCE_FOLDERS = [
  'model',
  'schema',
  'store',
  'export',
  'import',
  'i18n',
  'features',
  'ui',
  'app',
] as const;

/** A top folder of src/ that has rules. */
export type SourceFolder = (typeof SOURCE_FOLDERS)[number];

/** What the files of one top folder of src/ may import. */
export type FolderRule = {
  /** src folders it may import (its own folder is always allowed). */
  readonly folders: readonly SourceFolder[] | 'any';
  /** npm packages it may import; `@scope/*` allows a whole scope. */
  readonly packages: readonly string[] | 'any';
  /** Extra packages per first sub-folder, e.g. a format library for `export/pdf` only. */
  readonly subfolderPackages?: Readonly<Record<string, readonly string[]>>;
};

/** Per top folder of src/, which src folders and which packages its files may import. */
export const FOLDER_RULES: Readonly<Record<SourceFolder, FolderRule>> = {
  // Pure domain core: not even types from a package, and no node: builtins.
  model: { folders: [], packages: [] },
  schema: { folders: ['model'], packages: ['zod'] },
  // `zustand/middleware` and other sub-paths resolve to the package `zustand`.
  store: { folders: ['model', 'schema'], packages: ['zustand', 'idb-keyval'] },
  // Format libraries go in subfolderPackages so only that format pays for them, e.g. add
  // `subfolderPackages: { pdf: ['pdfmake'] }` when export/pdf gets its library.
  export: {
    folders: ['model', 'schema'],
    packages: [],
    subfolderPackages: { pdf: ['pdfmake'], xlsx: ['fflate'] },
  },
  import: { folders: ['model', 'schema'], packages: [], subfolderPackages: {} },
  // useT() is a React hook (architecture.md), so i18n may use React but no other package.
  i18n: { folders: ['model'], packages: ['react'] },
  // zustand only for hooks such as useShallow; the store itself is reached through src/store.
  features: {
    folders: ['model', 'schema', 'store', 'export', 'import', 'i18n', 'ui'],
    packages: ['react', 'react-dom', '@tanstack/react-table', 'zustand'],
  },
  // Presentational parts: text and data arrive as props, so nothing from the other folders.
  ui: { folders: [], packages: ['react', 'react-dom'] },
  app: { folders: 'any', packages: 'any' },
};

/** Packages that test files (`*.test.ts(x)`) may import on top of their folder's rule. */
export const TEST_PACKAGES: readonly string[] = ['vitest', '@testing-library/*', 'fast-check'];

/** Repo folder whose files test files may import (shared test support). */
export const TEST_SUPPORT_FOLDER = 'tests';

/** Whether a package name is on an allow-list that may contain `@scope/*` entries. */
export function isPackageAllowed(name: string, allowed: readonly string[] | 'any'): boolean {
  if (allowed === 'any') return true;
  return allowed.some((entry) =>
    entry.endsWith('/*') ? name.startsWith(entry.slice(0, -1)) : name === entry,
  );
}
