import { useMemo } from 'react';
import { fingerprintWorkspace } from '@/export/agreement/fingerprint';
import { useLanguage } from '@/i18n/i18n-provider';
import type { Matrix } from '@/model/assignment';
import { checkWorkspace } from '@/model/check-workspace';
import { deriveMatrixMemo } from '@/model/derive-matrix-memo';
import { useLibraryStore } from '@/store/persistence/library-store';
import { useWorkspaceStore } from '@/store/use-workspace-store';
import { useAsyncValue } from '@/ui/use-async-value';
import { PrintAgreement } from './print-agreement';
import { PrintBasisNotes } from './print-basis-notes';
import { PrintContract } from './print-contract';
import { PrintEngagement } from './print-engagement';
import { PrintFindings } from './print-findings';
import { PrintGaps } from './print-gaps';
import { PrintInformationPlan } from './print-information-plan';
import { PrintParties } from './print-parties';
import { PrintRaci } from './print-raci';
import { PrintSignatures } from './print-signatures';
import { usePageBoxes } from './use-page-boxes';
import { usePrintT } from './use-print-t';
import { usePrinting } from './use-printing';
import './print-annex.css';
import './print-annex-tables.css';

function AnnexContent({ fingerprint }: { fingerprint: string | null }) {
  const p = usePrintT();
  const workspace = useWorkspaceStore((s) => s.workspace);
  const workspaceName = useLibraryStore((s) => s.current?.name ?? '');
  const matrices = useMemo(
    () =>
      new Map<string, Matrix>(
        workspace.engagements.map((e) => [e.id, deriveMatrixMemo(e, workspace.overrides)]),
      ),
    [workspace],
  );
  const findings = useMemo(() => checkWorkspace(workspace), [workspace]);
  const annexTitle = p('print.annexTitle');
  const title = workspace.contract.title.trim() || annexTitle;
  return (
    <article className="print-annex" aria-labelledby="print-annex-title">
      <header className="print-annex-header">
        <h1 id="print-annex-title">{title}</h1>
        {title === annexTitle ? null : <p className="print-annex-subtitle">{annexTitle}</p>}
      </header>
      <PrintContract workspace={workspace} workspaceName={workspaceName} />
      <PrintGaps workspace={workspace} />
      <PrintParties workspace={workspace} />
      {workspace.engagements.map((engagement, index) => (
        <PrintEngagement
          key={engagement.id}
          workspace={workspace}
          engagement={engagement}
          index={index}
          matrix={matrices.get(engagement.id) as Matrix}
        />
      ))}
      {/* The information-sharing plan (key link 3, §2.4), across all engagements. */}
      <PrintInformationPlan workspace={workspace} />
      {/* Inside the customer (domain §6): only when the workspace has departments. */}
      <PrintRaci workspace={workspace} matrices={matrices} />
      <PrintFindings findings={findings} workspace={workspace} matrices={matrices} />
      <PrintBasisNotes workspace={workspace} matrices={matrices} />
      <PrintAgreement workspace={workspace} fingerprint={fingerprint} />
      <PrintSignatures workspace={workspace} />
    </article>
  );
}

/**
 * The contract annex as the browser prints it (window.print() or Ctrl+P): the same sections as the
 * PDF annex, in the current language, legible in black and white. Hidden on screen, and built only
 * while printing.
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
