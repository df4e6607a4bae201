import type { AssetLayer } from '@/model/asset-layers';
import type { DeliveryMode } from '@/model/delivery-modes';
import type { ResourceServiceType } from '@/model/service-types';
import type {
  Engagement,
  OperationsService,
  SecurityService,
  ServiceCoverage,
} from '@/model/workspace';
import { type JsonObject, NotOurs, type OurProps, ourProps } from './oscal-reader';

interface EngagementDraft {
  base: Omit<Engagement, 'securityServices' | 'operationsService'>;
  securityServices: SecurityService[];
  operationsService: OperationsService | null;
}

function coverage(props: OurProps): ServiceCoverage {
  // Values are checked by the workspace schema afterwards; here they are only carried over.
  return props.required('coverage') === 'default'
    ? 'default'
    : (props.all('layer') as AssetLayer[]);
}

/**
 * The engagements of our SSP from its components, in order: a resource service component opens an
 * engagement, assurance service components join theirs; party and system components carry nothing
 * the engagement needs.
 */
export function readOscalEngagements(
  components: readonly JsonObject[],
  path: string,
): Engagement[] {
  const drafts = new Map<string, EngagementDraft>();
  components.forEach((component, index) => {
    const at = `${path}[${index}]`;
    const props = ourProps(component, at);
    const resourceService = props.optional('resource-service');
    if (resourceService !== undefined) {
      const id = props.required('engagement-id');
      drafts.set(id, {
        base: {
          id,
          name: props.required('engagement-name'),
          resourceService: resourceService as ResourceServiceType,
          mode: props.required('delivery-mode') as DeliveryMode,
          customerPartyId: props.optional('customer-party-id') ?? null,
          providerPartyId: props.optional('provider-party-id') ?? null,
        },
        securityServices: [],
        operationsService: null,
      });
      return;
    }
    const type = props.optional('service-type');
    if (type === undefined) return;
    const draft = drafts.get(props.required('engagement-id'));
    if (!draft) throw new NotOurs(`${at}.props[engagement-id]`);
    const id = props.required('service-id');
    const supplier = props.optional('supplier-party-id') ?? null;
    if (type === 'opsService') {
      draft.operationsService = { id, providerPartyId: supplier, layers: coverage(props) };
    } else {
      draft.securityServices.push({ id, vendorPartyId: supplier, layers: coverage(props) });
    }
  });
  return [...drafts.values()].map((draft) => ({
    ...draft.base,
    securityServices: draft.securityServices,
    operationsService: draft.operationsService,
  }));
}
