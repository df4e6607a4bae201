import { useMemo } from 'react';
import { fingerprintWorkspaceNow } from '@/export/agreement/fingerprint';
import type { AnnexDocument } from '@/export/annex/annex-model';
import { buildAnnexModel } from '@/export/annex/build-annex-model';
import { useLanguage, useT } from '@/i18n/i18n-provider';
import { useWorkspaceStore } from '@/store/use-workspace-store';
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

function AnnexContent({ t }: { t: AnnexTranslate }) {
  const { language } = useLanguage();
  const workspace = useWorkspaceStore((s) => s.workspace);
  // Printing lays out at once and cannot wait for Web Crypto: computed synchronously, and only
  // now (keeping it current after every edit cost a 500-engagement workspace ~20 ms per edit).
  const fingerprint = useMemo(() => fingerprintWorkspaceNow(workspace), [workspace]);
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
  usePageBoxes(t);
  return (
    <div className="print-annex-root" lang={language}>
      {printing ? <AnnexContent t={t} /> : null}
    </div>
  );
}
