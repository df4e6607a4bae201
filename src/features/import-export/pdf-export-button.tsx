import { useState } from 'react';
import { downloadFile } from '@/export/download';
import { CROSSWALK_MESSAGES } from '@/i18n/crosswalk-messages';
import { FILES_MESSAGES } from '@/i18n/files-messages';
import { useLanguage, useT } from '@/i18n/i18n-provider';
import { printEn } from '@/i18n/print-en';
import { printZhCn } from '@/i18n/print-zh-cn';

import { useSectionT } from '@/i18n/use-section-t';
import { workspaceStore } from '@/store/use-workspace-store';
import { annexLabelsFrom } from './annex-labels-from';
import { ANNEX_MESSAGES } from './annex-messages';
import { exportFileName } from './export-files';

// The RACI section of the annex shares its words with the printed annex.
const PRINT_MESSAGES = { en: printEn, 'zh-CN': printZhCn };

type PdfState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'working' }
  | { readonly kind: 'missing'; readonly chars: readonly string[]; readonly save: () => void }
  | { readonly kind: 'done'; readonly pages: number }
  | { readonly kind: 'failed'; readonly why: string };

/**
 * Makes the contract annex as a PDF. The PDF library and fonts load on the first use; characters no
 * embeddable font can draw are named before anything is saved, and the user decides.
 */
export function PdfExportButton() {
  const t = useT();
  const f = useSectionT(FILES_MESSAGES);
  const a = useSectionT(ANNEX_MESSAGES);
  const p = useSectionT(PRINT_MESSAGES);
  const c = useSectionT(CROSSWALK_MESSAGES);
  const { language } = useLanguage();
  const [state, setState] = useState<PdfState>({ kind: 'idle' });
  const make = async () => {
    setState({ kind: 'working' });
    try {
      const workspace = workspaceStore.getState().workspace;
      const [{ buildAnnexPdf }, { fingerprintWorkspace }, { buildAgreementAnnexText }] =
        await Promise.all([
          import('@/export/pdf/build-annex-pdf'),
          import('@/export/agreement/fingerprint'),
          import('@/i18n/agreement-annex-text'),
        ]);
      const { fingerprint } = await fingerprintWorkspace(workspace);
      const agreement = buildAgreementAnnexText(workspace, fingerprint, t, language);
      const result = await buildAnnexPdf(
        workspace,
        annexLabelsFrom(t, a, p, c, language, f),
        language,
        {
          agreement,
        },
      );
      const save = () => {
        downloadFile(
          exportFileName(workspace, 'annex', 'pdf', f, new Date()),
          result.blob,
          'application/pdf',
        );
        setState({ kind: 'done', pages: result.pageCount });
      };
      if (result.missingCharacters.length > 0)
        setState({ kind: 'missing', chars: result.missingCharacters, save });
      else save();
    } catch (error) {
      setState({ kind: 'failed', why: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <div className="pdf-export">
      <button type="button" onClick={() => void make()} disabled={state.kind === 'working'}>
        {f('export.pdf')}
      </button>
      <div role="status">
        {state.kind === 'working' ? f('export.pdfWorking') : null}
        {state.kind === 'done' ? f('export.pdfDone', { pages: state.pages }) : null}
      </div>
      {state.kind === 'missing' ? (
        <div role="alert" className="field-error">
          {f('export.pdfMissing', { chars: state.chars.join(' ') })}{' '}
          <button type="button" onClick={state.save}>
            {f('export.pdfSaveAnyway')}
          </button>
        </div>
      ) : null}
      {state.kind === 'failed' ? (
        <p role="alert" className="field-error">
          {f('export.pdfFailed', { why: state.why })}
        </p>
      ) : null}
    </div>
  );
}
