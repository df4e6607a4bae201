import { fingerprintWorkspace } from '@/export/agreement/fingerprint';
import { exportBackup } from '@/export/backup/export-backup';
import { buildAnnexPdf } from '@/export/pdf/build-annex-pdf';
import { buildPartyDutiesPdf } from '@/export/pdf/party-duties-pdf-file';
import { preparePdf } from '@/export/pdf/render-pdf';
import type { ExportJobs } from '@/export/worker/export-protocol';
import { annexModelFor } from '@/features/import-export/annex-model-for';
import { pdfLabelsFrom } from '@/features/party-duties/export-labels';
import { loadTranslate } from '@/i18n/load-translate';

/**
 * The exports the worker runs, one entry per kind. The words of a document are made here from the
 * language, with the same builders the screens use, since functions cannot cross to a worker.
 */
export const EXPORT_JOBS: ExportJobs = {
  'annex-pdf': async ({ workspace, language }, { baseUri, progress }) => {
    const { fingerprint } = await fingerprintWorkspace(workspace);
    return buildAnnexPdf(await annexModelFor(workspace, language, fingerprint), {
      baseUri,
      onProgress: progress,
    });
  },
  'party-pdf': async ({ workspace, party, groups, summary, language }, { baseUri, progress }) => {
    const t = await loadTranslate(language, 'party-duties');
    const labels = pdfLabelsFrom({ workspace, party }, summary, t, t);
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
  // The workbook and OSCAL libraries load with their first export, not with every PDF's worker.
  xlsx: async (input, context) => (await import('./workbook-job')).workbookJob(input, context),
  oscal: async (input, context) => (await import('./oscal-job')).oscalJob(input, context),
};
