import { locatePath, resolveSpecifier } from './resolve-specifier';
import {
  FOLDER_RULES,
  isPackageAllowed,
  type SourceFolder,
  TEST_PACKAGES,
  TEST_SUPPORT_FOLDER,
} from './rules';

/** Short codes for the ways an import can break the dependency rules. */
export const RULE_CODES = [
  'model-imports-package',
  'forbidden-package',
  'feature-imports-feature',
  'forbidden-folder',
  'outside-src',
  'unlisted-folder',
] as const;

/** A short code for the way an import breaks the dependency rules. */
export type RuleCode = (typeof RULE_CODES)[number];

/** The file doing the importing, as the rules see it. */
export type Importer = {
  readonly folder: SourceFolder;
  readonly subfolder: string | undefined;
  readonly isTest: boolean;
};

const TEST_FILE = /\.test\.[cm]?[jt]sx?$/;

/** How the rules see a repo-relative source file, or undefined when its src folder has no rule. */
export function importerOf(file: string): Importer | undefined {
  const location = locatePath(file);
  if (location.kind !== 'src') return;
  return { folder: location.folder, subfolder: location.subfolder, isTest: TEST_FILE.test(file) };
}

/** Which rule an import breaks, or undefined when the rules allow it. */
export function checkImport(
  importer: Importer,
  specifier: string,
  fromFile: string,
): RuleCode | undefined {
  const target = resolveSpecifier(specifier, fromFile);
  const rule = FOLDER_RULES[importer.folder];
  if (target.kind === 'package') {
    const extra = importer.subfolder ? (rule.subfolderPackages?.[importer.subfolder] ?? []) : [];
    if (isPackageAllowed(target.name, rule.packages) || extra.includes(target.name)) return;
    if (importer.isTest && isPackageAllowed(target.name, TEST_PACKAGES)) return;
    return importer.folder === 'model' ? 'model-imports-package' : 'forbidden-package';
  }
  const location = locatePath(target.path);
  if (location.kind === 'outside-src') {
    const isTestSupport = location.path.startsWith(`${TEST_SUPPORT_FOLDER}/`);
    return importer.isTest && isTestSupport ? undefined : 'outside-src';
  }
  // A folder that is not in the rules is open to app only, until someone writes its rule.
  if (location.kind === 'src-unlisted') {
    return rule.folders === 'any' ? undefined : 'forbidden-folder';
  }
  if (location.folder === importer.folder) {
    const isOtherFeature =
      importer.folder === 'features' && location.subfolder !== importer.subfolder;
    return isOtherFeature ? 'feature-imports-feature' : undefined;
  }
  if (rule.folders === 'any' || rule.folders.includes(location.folder)) return;
  return 'forbidden-folder';
}
