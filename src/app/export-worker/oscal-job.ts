import { fingerprintWorkspace } from '@/export/agreement/fingerprint';
import { exportOscal, OSCAL_MIME_TYPE } from '@/export/oscal/export-oscal';
import type { ExportJob } from '@/export/worker/export-protocol';
import { oscalLabelsFrom } from '@/features/import-export/oscal-labels-from';
import { loadTranslate } from '@/i18n/load-translate';

/**
 * The OSCAL plan and, as its companion, the catalogue it implements, made in the export worker with
 * the words of the language; the main thread names the files, so it passes the catalogue's link.
 */
export const oscalJob: ExportJob<'oscal'> = async (input, { progress }) => {
  const { workspace, language, workspaceKey, lastModified, catalogHref } = input;
  progress(0);
  const [t, { fingerprint }] = await Promise.all([
    loadTranslate(language, 'files', 'oscal'),
    fingerprintWorkspace(workspace),
  ]);
  progress(0.2);
  const files = exportOscal(workspace, oscalLabelsFrom(t, t, t), {
    workspaceKey,
    lastModified,
    catalogHref,
    fingerprint,
  });
  progress(1);
  return {
    blob: new Blob([files.ssp], { type: OSCAL_MIME_TYPE }),
    companion: new Blob([files.catalog], { type: OSCAL_MIME_TYPE }),
    missingCharacters: [],
  };
};
