import { useT } from '@/i18n/i18n-provider';
import { ASSET_LAYERS } from '@/model/asset-layers';
import { deriveCoverage, isOperationsServiceOffered } from '@/model/assurance-scope';
import { TYPICAL_CASES_OF } from '@/model/delivery-modes';
import type { AssuranceServiceType } from '@/model/service-types';
import type { Engagement, ServiceCoverage, Workspace } from '@/model/workspace';
import { joinList, partyName, serviceName } from './print-names';
import { usePrintT } from './use-print-t';

interface AssuranceLine {
  readonly id: string;
  readonly type: AssuranceServiceType;
  readonly partyId: string | null;
  readonly coverage: ServiceCoverage;
}

/** The assurance services in scope of an engagement, security services first. */
function listAssuranceServices(engagement: Engagement): AssuranceLine[] {
  const lines: AssuranceLine[] = engagement.securityServices.map((service) => ({
    id: service.id,
    type: 'securityService',
    partyId: service.vendorPartyId,
    coverage: service.layers,
  }));
  const ops = engagement.operationsService;
  if (ops && isOperationsServiceOffered(engagement.mode)) {
    lines.push({
      id: ops.id,
      type: 'opsService',
      partyId: ops.providerPartyId,
      coverage: ops.layers,
    });
  }
  return lines;
}

/** An engagement's scenario: resource service, delivery mode, parties and assurance services. */
export function PrintScenario(props: { workspace: Workspace; engagement: Engagement }) {
  const t = useT();
  const p = usePrintT();
  const { workspace, engagement } = props;
  const cases = joinList(
    TYPICAL_CASES_OF[engagement.mode].map((c) => t(`typicalCase.${c}`)),
    p,
  );
  const services = listAssuranceServices(engagement);
  // Covered layers listed top to bottom, as the matrix reads.
  const covered = (line: AssuranceLine) =>
    ASSET_LAYERS.filter((layer) =>
      deriveCoverage(line.type, engagement, line.coverage).includes(layer),
    )
      .reverse()
      .map((layer) => t(`layer.${layer}`));
  return (
    <dl className="print-fields">
      <div className="print-field">
        <dt>{p('print.engagement.resourceService')}</dt>
        <dd>{t(`serviceType.${engagement.resourceService}`)}</dd>
      </div>
      <div className="print-field">
        <dt>{p('print.engagement.deliveryMode')}</dt>
        <dd>
          {t(`mode.${engagement.mode}`)}
          {p('print.aside', { text: p('print.engagement.typicalCases', { cases }) })}
        </dd>
      </div>
      <div className="print-field">
        <dt>{t('role.customer')}</dt>
        <dd>{partyName(workspace, engagement.customerPartyId, p)}</dd>
      </div>
      <div className="print-field">
        <dt>{t('role.provider')}</dt>
        <dd>{partyName(workspace, engagement.providerPartyId, p)}</dd>
      </div>
      <div className="print-field">
        <dt>{p('print.engagement.assuranceServices')}</dt>
        <dd>
          {services.length === 0 ? (
            p('print.engagement.noAssuranceServices')
          ) : (
            <ul className="print-plain-list">
              {services.map((line) => {
                const layers = covered(line);
                return (
                  <li key={line.id}>
                    <strong>{serviceName(engagement, line.type, line.id, t, p)}</strong>
                    <br />
                    {p('print.field', {
                      label: p('print.engagement.suppliedBy'),
                      value: partyName(workspace, line.partyId, p),
                    })}
                    <br />
                    {p('print.field', {
                      label: p('print.engagement.covers'),
                      value:
                        layers.length > 0 ? joinList(layers, p) : p('print.engagement.noLayers'),
                    })}
                  </li>
                );
              })}
            </ul>
          )}
        </dd>
      </div>
    </dl>
  );
}
