import { fingerprintWorkspace } from '@/export/agreement/fingerprint';
import { exportBackup } from '@/export/backup/export-backup';
import { buildAnnexPdf } from '@/export/pdf/build-annex-pdf';
import { buildPartyDutiesPdf } from '@/export/pdf/party-duties-pdf-file';
import { preparePdf } from '@/export/pdf/render-pdf';
import type { ExportJobs } from '@/export/worker/export-protocol';
import { annexLabelsFrom } from '@/features/import-export/annex-labels-from';
import { ANNEX_MESSAGES } from '@/features/import-export/annex-messages';
import { pdfLabelsFrom } from '@/features/party-duties/export-labels';
import { buildAgreementAnnexText } from '@/i18n/agreement-annex-text';
import { CROSSWALK_MESSAGES } from '@/i18n/crosswalk-messages';
import { FILES_MESSAGES } from '@/i18n/files-messages';
import { PARTY_DUTIES_MESSAGES } from '@/i18n/party-duties-messages';
import { printEn } from '@/i18n/print-en';
import { printZhCn } from '@/i18n/print-zh-cn';
import { makeTranslate } from '@/i18n/translate';
import { sectionTranslate } from '@/i18n/use-section-t';

// The RACI section of the annex shares its words with the printed annex.
const PRINT_MESSAGES = { en: printEn, 'zh-CN': printZhCn };

/**
 * The exports the worker runs, one entry per kind. The words of a document are made here from the
 * language, with the same builders the screens use, since functions cannot cross to a worker.
 */
export const EXPORT_JOBS: ExportJobs = {
  'annex-pdf': async ({ workspace, language }, { baseUri, progress }) => {
    const t = makeTranslate(language);
    const labels = annexLabelsFrom(
      t,
      sectionTranslate(ANNEX_MESSAGES, language),
      sectionTranslate(PRINT_MESSAGES, language),
      sectionTranslate(CROSSWALK_MESSAGES, language),
      language,
      sectionTranslate(FILES_MESSAGES, language),
    );
    const { fingerprint } = await fingerprintWorkspace(workspace);
    const agreement = buildAgreementAnnexText(workspace, fingerprint, t, language);
    return buildAnnexPdf(workspace, labels, language, {
      baseUri,
      onProgress: progress,
      agreement,
    });
  },
  'party-pdf': ({ workspace, party, groups, summary, language }, { baseUri, progress }) => {
    const labels = pdfLabelsFrom(
      { workspace, party },
      summary,
      makeTranslate(language),
      sectionTranslate(PARTY_DUTIES_MESSAGES, language),
    );
    return buildPartyDutiesPdf(workspace, groups, labels, language, {
      baseUri,
      onProgress: progress,
    });
  },
  warm: (baseUri) => preparePdf({ baseUri }),
  backup: async ({ items, now }, { progress }) => {
    progress(0);
    const text = exportBackup(items, new Date(now));
    return { blob: new Blob([text], { type: 'application/json' }), missingCharacters: [] };
  },
};
