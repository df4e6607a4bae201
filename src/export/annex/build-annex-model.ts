import type { Matrix } from '@/model/assignment';
import { checkWorkspace } from '@/model/check-workspace';
import { deriveMatrixMemo } from '@/model/derive-matrix-memo';
import type { Workspace } from '@/model/workspace';
import { buildAgreementSection } from './annex-agreement';
import { deriveAgreementText } from './annex-agreement-text';
import { buildBasisNotes } from './annex-basis-notes';
import { buildContractSection, buildGapsSection, buildPartiesSection } from './annex-contract';
import { buildEngagementSection } from './annex-engagement';
import { buildFindings } from './annex-findings';
import { buildInformationPlan } from './annex-information-plan';
import type { AnnexLabels } from './annex-labels';
import type { AnnexDocument, AnnexLanguage, AnnexSection } from './annex-model';
import { buildRaciSection } from './annex-raci';
import { buildSignatures } from './annex-signatures';
import { headed, heading } from './annex-size';

/** How the annex is built beyond its workspace and words. */
export interface AnnexModelOptions {
  readonly language: AnnexLanguage;
  /** The content's fingerprint; the agreement section is printed only when it is known. */
  readonly fingerprint?: string | null;
}

/**
 * The contract annex as one document in one language: contract, what it lacks, parties, then per
 * engagement its scenario, matrix with legend and deviations; then the information-sharing plan,
 * the customer's RACI, the checks, the basis notes, the agreement and a signature block per party.
 */
export function buildAnnexModel(
  workspace: Workspace,
  labels: AnnexLabels,
  options: AnnexModelOptions,
): AnnexDocument {
  const matrices = new Map<string, Matrix>(
    workspace.engagements.map((e) => [e.id, deriveMatrixMemo(e, workspace.overrides)]),
  );
  const title = workspace.contract.title.trim() || labels.document.title;
  const version = workspace.contract.version.trim();
  const section = (id: string, blocks: AnnexSection['blocks']): AnnexSection[] =>
    blocks.length > 0 ? [{ id, blocks }] : [];
  const engagements = workspace.engagements.flatMap((engagement, index) =>
    section(
      `engagement-${index + 1}`,
      buildEngagementSection(
        workspace,
        engagement,
        index,
        matrices.get(engagement.id) as Matrix,
        labels,
      ),
    ),
  );
  const fingerprint = options.fingerprint ?? null;
  return {
    language: options.language,
    title,
    subtitle: title === labels.document.title ? null : labels.document.title,
    subject: labels.document.title,
    runningHeader: version
      ? `${title}${labels.document.partSeparator}${labels.document.field(labels.contract.version, version)}`
      : title,
    pageOf: labels.document.pageOf,
    sections: [
      ...section('contract', buildContractSection(workspace, labels)),
      // Exporting stays possible with gaps; the annex then says what it lacks, at the top.
      ...section('gaps', buildGapsSection(workspace, labels)),
      ...section('parties', buildPartiesSection(workspace, labels)),
      ...engagements,
      // The information-sharing plan (key link 3, §2.4), across all engagements.
      ...section(
        'plan',
        headed(heading(labels.informationPlan.heading, 1), buildInformationPlan(workspace, labels)),
      ),
      // Inside the customer (domain §6): only when the workspace has departments.
      ...section('raci', buildRaciSection(workspace, matrices, labels)),
      ...section(
        'checks',
        headed(
          heading(labels.checks.heading, 1),
          buildFindings(checkWorkspace(workspace), workspace, matrices, labels),
        ),
      ),
      ...section(
        'basis',
        headed(heading(labels.basis.heading, 1), buildBasisNotes(workspace, matrices, labels)),
      ),
      // The agreement between the parties (domain §11), when the content's fingerprint is known.
      ...(fingerprint === null
        ? []
        : section(
            'agreement',
            buildAgreementSection(deriveAgreementText(workspace, fingerprint, labels)),
          )),
      ...section(
        'signatures',
        headed(heading(labels.signatures.heading, 1), buildSignatures(workspace, labels)),
      ),
    ],
  };
}
