import { useMemo } from 'react';
import { fingerprintWorkspace } from '@/export/agreement/fingerprint';
import type { AnnexDocument } from '@/export/annex/annex-model';
import { useLanguage } from '@/i18n/i18n-provider';
import { useWorkspaceStore } from '@/store/use-workspace-store';
import { useAsyncValue } from '@/ui/use-async-value';
import { annexModelFor } from '../annex-model-for';
import { PrintBlocks } from './print-blocks';
import { labelSection } from './print-labels';
import { usePageBoxes } from './use-page-boxes';
import { usePrintT } from './use-print-t';
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

function AnnexContent({ fingerprint }: { fingerprint: string | null }) {
  const { language } = useLanguage();
  const workspace = useWorkspaceStore((s) => s.workspace);
  const annex = useMemo(
    () => annexModelFor(workspace, language, fingerprint),
    [workspace, language, fingerprint],
  );
  return <AnnexView annex={annex} />;
}

/**
 * The contract annex as the browser prints it (window.print() or Ctrl+P): the PDF annex's model in
 * the current language, legible in black and white. Hidden on screen, and built only while printing.
 */
export function PrintAnnex() {
  const { language } = useLanguage();
  const p = usePrintT();
  const printing = usePrinting();
  // Printing renders at once and cannot wait for Web Crypto, so the fingerprint is kept current
  // while the app runs and the annex reads the last one computed.
  const version = useAsyncValue(
    useWorkspaceStore((s) => s.workspace),
    fingerprintWorkspace,
  );
  const fingerprint = version?.fingerprint ?? null;
  usePageBoxes(p);
  return (
    <div className="print-annex-root" lang={language}>
      {printing ? <AnnexContent fingerprint={fingerprint} /> : null}
    </div>
  );
}
