import { ASSET_LAYERS } from '@/model/asset-layers';
import { deriveCoverage, isOperationsServiceOffered } from '@/model/assurance-scope';
import { TYPICAL_CASES_OF } from '@/model/delivery-modes';
import type { AssuranceServiceType } from '@/model/service-types';
import type { Engagement, ServiceCoverage, Workspace } from '@/model/workspace';
import type { AnnexLabels } from './annex-labels';
import { partyName } from './annex-names';
import { estimateTableLines, type SizedBlock } from './annex-size';

interface AssuranceLine {
  readonly type: AssuranceServiceType;
  /** The service's number among the engagement's security services, when it has several. */
  readonly ordinal?: number;
  readonly partyId: string | null;
  readonly coverage: ServiceCoverage;
}

/** The assurance services in scope of an engagement, security services first. */
export function listAssuranceServices(engagement: Engagement): AssuranceLine[] {
  const several = engagement.securityServices.length > 1;
  const lines: AssuranceLine[] = engagement.securityServices.map((service, index) => ({
    type: 'securityService',
    ordinal: several ? index + 1 : undefined,
    partyId: service.vendorPartyId,
    coverage: service.layers,
  }));
  const ops = engagement.operationsService;
  if (ops && isOperationsServiceOffered(engagement.mode)) {
    lines.push({
      type: 'opsService',
      partyId: ops.providerPartyId,
      coverage: ops.layers,
    });
  }
  return lines;
}

function assuranceText(
  workspace: Workspace,
  engagement: Engagement,
  line: AssuranceLine,
  labels: AnnexLabels,
): string {
  // Listed top to bottom, as the matrix reads.
  const layers = deriveCoverage(line.type, engagement, line.coverage);
  const covered = ASSET_LAYERS.filter((layer) => layers.includes(layer))
    .reverse()
    .map((layer) => labels.layer(layer))
    .join(labels.document.listSeparator);
  return [
    labels.engagement.assuranceService(line.type, line.ordinal),
    labels.document.field(labels.engagement.suppliedBy, partyName(workspace, line.partyId, labels)),
    labels.document.field(labels.engagement.coveredLayers, covered || labels.engagement.noLayers),
  ].join('\n');
}

/** The engagement's scenario: service type, delivery mode, named parties and assurance services. */
export function buildScenario(
  workspace: Workspace,
  engagement: Engagement,
  labels: AnnexLabels,
): SizedBlock {
  const cases = TYPICAL_CASES_OF[engagement.mode]
    .map((typicalCase) => labels.typicalCase(typicalCase))
    .join(labels.document.listSeparator);
  const services = listAssuranceServices(engagement).map((line) =>
    assuranceText(workspace, engagement, line, labels),
  );
  const texts: [string, string][] = [
    [labels.engagement.resourceService, labels.serviceType(engagement.resourceService)],
    [
      labels.engagement.deliveryMode,
      `${labels.mode(engagement.mode)}${labels.document.aside(labels.engagement.typicalCases(cases))}`,
    ],
    [labels.role('customer'), partyName(workspace, engagement.customerPartyId, labels)],
    [labels.role('provider'), partyName(workspace, engagement.providerPartyId, labels)],
    [
      labels.engagement.assuranceServices,
      services.length > 0 ? services.join('\n\n') : labels.engagement.noAssuranceServices,
    ],
  ];
  return {
    lines: estimateTableLines(texts, 36),
    block: { kind: 'fields', look: 'plain', rows: texts },
  };
}
