import { useMemo } from 'react';
import { fingerprintWorkspace } from '@/export/agreement/fingerprint';
import type { AnnexDocument } from '@/export/annex/annex-model';
import { buildAnnexModel } from '@/export/annex/build-annex-model';
import { useLanguage, useT } from '@/i18n/i18n-provider';
import { useWorkspaceStore } from '@/store/use-workspace-store';
import { useAsyncValue } from '@/ui/use-async-value';
import { ANNEX_AREAS, type AnnexTranslate, annexLabelsFrom } from '../annex-labels-from';
import { PrintBlocks } from './print-blocks';
import { labelSection } from './print-labels';
import { usePageBoxes } from './use-page-boxes';
import { usePrinting } from './use-printing';
import './print-annex.css';
import './print-annex-tables.css';

/** The annex model as the browser prints it: the same sections and words as the PDF. */
export function AnnexView({ annex }: { annex: AnnexDocument }) {
  return (
    <article className="print-annex" aria-labelledby="print-annex-title">
      <header className="print-annex-header">
        <h1 id="print-annex-title">{annex.title}</h1>
        {annex.subtitle === null ? null : <p className="print-annex-subtitle">{annex.subtitle}</p>}
      </header>
      {annex.sections.map((section) => {
        const labels = labelSection(section);
        return (
          <section key={section.id} className="print-section" aria-labelledby={labels.sectionLabel}>
            <PrintBlocks blocks={section.blocks} labels={labels} />
          </section>
        );
      })}
    </article>
  );
}

function AnnexContent({ t, fingerprint }: { t: AnnexTranslate; fingerprint: string | null }) {
  const { language } = useLanguage();
  const workspace = useWorkspaceStore((s) => s.workspace);
  // The PDF's labels, from the same areas through the same pure function: the same words.
  const annex = useMemo(
    () => buildAnnexModel(workspace, annexLabelsFrom(t, language), { language, fingerprint }),
    [workspace, t, language, fingerprint],
  );
  return <AnnexView annex={annex} />;
}

/**
 * The contract annex as the browser prints it (window.print() or Ctrl+P): the PDF annex's model in
 * the current language, legible in black and white. Hidden on screen, and built only while printing.
 */
export function PrintAnnex() {
  const { language } = useLanguage();
  // Here, not in AnnexContent: printing renders at once, so the texts are loaded beforehand.
  const t = useT(...ANNEX_AREAS);
  const printing = usePrinting();
  // Printing renders at once and cannot wait for Web Crypto, so the fingerprint is kept current
  // while the app runs and the annex reads the last one computed. It is computed when the browser
  // is idle: serialising a 500-engagement workspace takes about 10 ms, which each edit paid before.
  const version = useAsyncValue(
    useWorkspaceStore((s) => s.workspace),
    fingerprintWorkspace,
    'idle',
  );
  const fingerprint = version?.fingerprint ?? null;
  usePageBoxes(t);
  return (
    <div className="print-annex-root" lang={language}>
      {printing ? <AnnexContent t={t} fingerprint={fingerprint} /> : null}
    </div>
  );
}
