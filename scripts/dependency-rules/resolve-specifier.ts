import { posix } from 'node:path';
import { SOURCE_FOLDERS, type SourceFolder } from './rules';

/** Where an import specifier points: an npm package, or a repo-relative path. */
export type ImportTarget =
  | { readonly kind: 'package'; readonly name: string }
  | { readonly kind: 'path'; readonly path: string };

/** Where a repo-relative path lies with respect to the folders the rules talk about. */
export type PathLocation =
  | { readonly kind: 'src'; readonly folder: SourceFolder; readonly subfolder: string | undefined }
  | { readonly kind: 'src-unlisted'; readonly folder: string }
  | { readonly kind: 'outside-src'; readonly path: string };

/**
 * Resolves a specifier lexically (no file system), so a fixture tree needs no real targets.
 * `fromFile` is repo-relative with forward slashes.
 */
export function resolveSpecifier(specifier: string, fromFile: string): ImportTarget {
  // Vite query and hash suffixes (`?raw`, `?url`) do not change which file is meant.
  const bare = specifier.replace(/[?#].*$/, '');
  if (bare.startsWith('@/')) return { kind: 'path', path: posix.normalize(`src/${bare.slice(2)}`) };
  if (bare.startsWith('./') || bare.startsWith('../') || bare === '.' || bare === '..') {
    return { kind: 'path', path: posix.normalize(posix.join(posix.dirname(fromFile), bare)) };
  }
  // Vite resolves `/x` from the project root.
  if (bare.startsWith('/')) return { kind: 'path', path: posix.normalize(bare.slice(1)) };
  return { kind: 'package', name: packageNameOf(bare) };
}

/** The npm package a bare specifier belongs to: `@scope/name/sub` -> `@scope/name`, `zustand/middleware` -> `zustand`. */
export function packageNameOf(specifier: string): string {
  const parts = specifier.split('/');
  const count = specifier.startsWith('@') ? 2 : 1;
  return parts.slice(0, count).join('/');
}

/** Which rule folder a repo-relative path (of an importer or an import target) belongs to. */
export function locatePath(path: string): PathLocation {
  const parts = path.split('/');
  if (parts[0] !== 'src' || parts.length < 2) return { kind: 'outside-src', path };
  const [, first = '', second] = parts;
  // `src/main.tsx` counts as app; `src/model` (no file part) still names the model folder.
  const isDirectChild = parts.length === 2;
  const name = isDirectChild ? withoutExtension(first) : first;
  const folder = SOURCE_FOLDERS.find((candidate) => candidate === name);
  if (folder) {
    // `src/features/b` and `src/features/b/thing` both belong to feature `b`.
    const subfolder = second === undefined || parts.length > 3 ? second : withoutExtension(second);
    return { kind: 'src', folder, subfolder };
  }
  if (isDirectChild) return { kind: 'src', folder: 'app', subfolder: undefined };
  return { kind: 'src-unlisted', folder: first };
}

function withoutExtension(name: string): string {
  return name.replace(/\..*$/, '');
}
