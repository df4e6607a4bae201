import type { Language } from './languages';

type Loader<T> = () => Promise<T>;

// The zh-CN loader must give every key of the English source; the runtime test checks no extra ones.
function area<T extends Readonly<Record<string, string>>>(
  en: Loader<T>,
  zhCn: Loader<Readonly<Record<keyof T, string>>>,
): Readonly<Record<Language, Loader<T>>> {
  return { en, 'zh-CN': zhCn as Loader<T> };
}

/**
 * Where each area's texts load from, one chunk per area and language. This registry is itself
 * loaded on demand (see load-translate.ts), so none of it weighs on the first page load.
 */
export const AREA_LOADERS = {
  agreement: area(
    () => import('./agreement-en').then((m) => m.agreementEn),
    () => import('./agreement-zh-cn').then((m) => m.agreementZhCn),
  ),
  annex: area(
    () => import('./annex-en').then((m) => m.annexEn),
    () => import('./annex-zh-cn').then((m) => m.annexZhCn),
  ),
  checks: area(
    () => import('./checks-en').then((m) => m.checksEn),
    () => import('./checks-zh-cn').then((m) => m.checksZhCn),
  ),
  findings: area(
    () => import('./findings-en').then((m) => m.findingsEn),
    () => import('./findings-zh-cn').then((m) => m.findingsZhCn),
  ),
  combined: area(
    () => import('./combined-en').then((m) => m.combinedEn),
    () => import('./combined-zh-cn').then((m) => m.combinedZhCn),
  ),
  compare: area(
    () => import('./compare-en').then((m) => m.compareEn),
    () => import('./compare-zh-cn').then((m) => m.compareZhCn),
  ),
  crosswalk: area(
    () => import('./crosswalk-en').then((m) => m.crosswalkEn),
    () => import('./crosswalk-zh-cn').then((m) => m.crosswalkZhCn),
  ),
  departments: area(
    () => import('./departments-en').then((m) => m.departmentsEn),
    () => import('./departments-zh-cn').then((m) => m.departmentsZhCn),
  ),
  detail: area(
    () => import('./detail-en').then((m) => m.detailEn),
    () => import('./detail-zh-cn').then((m) => m.detailZhCn),
  ),
  files: area(
    () => import('./files-en').then((m) => m.filesEn),
    () => import('./files-zh-cn').then((m) => m.filesZhCn),
  ),
  guide: area(
    () => import('./guide-en').then((m) => m.guideEn),
    () => import('./guide-zh-cn').then((m) => m.guideZhCn),
  ),
  'import-issues': area(
    () => import('./import-issues-en').then((m) => m.importIssuesEn),
    () => import('./import-issues-zh-cn').then((m) => m.importIssuesZhCn),
  ),
  oscal: area(
    () => import('./oscal-en').then((m) => m.oscalEn),
    () => import('./oscal-zh-cn').then((m) => m.oscalZhCn),
  ),
  parties: area(
    () => import('./parties-en').then((m) => m.partiesEn),
    () => import('./parties-zh-cn').then((m) => m.partiesZhCn),
  ),
  'party-duties': area(
    () => import('./party-duties-en').then((m) => m.partyDutiesEn),
    () => import('./party-duties-zh-cn').then((m) => m.partyDutiesZhCn),
  ),
  picture: area(
    () => import('./picture-en').then((m) => m.pictureEn),
    () => import('./picture-zh-cn').then((m) => m.pictureZhCn),
  ),
  plan: area(
    () => import('./plan-en').then((m) => m.planEn),
    () => import('./plan-zh-cn').then((m) => m.planZhCn),
  ),
  'plan-suggestions': area(
    () => import('./plan-suggestions-en').then((m) => m.planSuggestionsEn),
    () => import('./plan-suggestions-zh-cn').then((m) => m.planSuggestionsZhCn),
  ),
  print: area(
    () => import('./print-en').then((m) => m.printEn),
    () => import('./print-zh-cn').then((m) => m.printZhCn),
  ),
  recovery: area(
    () => import('./recovery-en').then((m) => m.recoveryEn),
    () => import('./recovery-zh-cn').then((m) => m.recoveryZhCn),
  ),
  templates: area(
    () => import('./templates-en').then((m) => m.templatesEn),
    () => import('./templates-zh-cn').then((m) => m.templatesZhCn),
  ),
  workbook: area(
    () => import('./workbook-en').then((m) => m.workbookEn),
    () => import('./workbook-zh-cn').then((m) => m.workbookZhCn),
  ),
};

/** An area of texts that loads with the part of the app (or the export) that needs it. */
export type Area = keyof typeof AREA_LOADERS;

/** The English texts of an area: the source of its keys. */
export type AreaTexts<A extends Area> = Awaited<ReturnType<(typeof AREA_LOADERS)[A]['en']>>;

/** A message key of one of the given areas (distributes over a union of areas). */
export type AreaKey<A extends Area> = A extends Area ? keyof AreaTexts<A> & string : never;
