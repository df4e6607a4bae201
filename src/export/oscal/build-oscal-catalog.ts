import { ASSET_LAYERS, type AssetLayer } from '@/model/asset-layers';
import { SCOPES, type Scope } from '@/model/assignment';
import { ASSURANCE_SERVICE_TYPES, type AssuranceServiceType } from '@/model/service-types';
import { OSCAL_NS, OSCAL_VERSION } from '@/schema/oscal-format';
import { nameUuid } from './name-uuid';
import type { OscalLabels } from './oscal-labels';
import { layerControlId, OSCAL_UUID_ROOT, scopePartId, serviceControlId } from './oscal-vocabulary';

/** The version of our catalogue's content: raise it when controls or parts change. */
const CATALOG_VERSION = '1.0';

/** The stable UUID of our catalogue, the same in every export and language. */
export const CATALOG_UUID = nameUuid(OSCAL_UUID_ROOT, 'catalog');

// Assurance rows carry only the service's own security (domain §3), so only that part is listed.
const ASSURANCE_SCOPES: readonly Scope[] = ['service'];

function statement(controlId: string, scopes: readonly Scope[], labels: OscalLabels) {
  return {
    id: `${controlId}_smt`,
    name: 'statement',
    parts: scopes.map((scope) => ({
      id: scopePartId(controlId, scope),
      name: 'item',
      title: labels.scope(scope),
      props: [{ name: 'scope', ns: OSCAL_NS, value: scope }],
      prose: labels.scopeMeaning(scope),
    })),
  };
}

function layerControl(layer: AssetLayer, labels: OscalLabels) {
  const id = layerControlId(layer);
  return {
    id,
    title: labels.layer(layer),
    props: [{ name: 'asset-layer', ns: OSCAL_NS, value: layer }],
    parts: [
      { id: `${id}_gdn`, name: 'guidance', prose: labels.layerContents(layer) },
      statement(id, SCOPES, labels),
    ],
  };
}

function serviceControl(type: AssuranceServiceType, labels: OscalLabels) {
  const id = serviceControlId(type);
  return {
    id,
    title: labels.serviceItself(type),
    props: [{ name: 'service-type', ns: OSCAL_NS, value: type }],
    parts: [statement(id, ASSURANCE_SCOPES, labels)],
  };
}

/**
 * Our own small OSCAL catalogue [derived, domain §10]: one control per asset layer and per assurance
 * service row, with a statement part per scope (whole, service, use). No control catalogue is the
 * report's, so the SSP's requirements point here.
 */
export function buildOscalCatalog(labels: OscalLabels, lastModified: string) {
  return {
    catalog: {
      uuid: CATALOG_UUID,
      metadata: {
        title: labels.catalogTitle,
        'last-modified': lastModified,
        version: CATALOG_VERSION,
        'oscal-version': OSCAL_VERSION,
        remarks: labels.catalogRemarks,
      },
      groups: [
        {
          id: 'srm-layers',
          title: labels.layersGroup,
          controls: ASSET_LAYERS.map((layer) => layerControl(layer, labels)),
        },
        {
          id: 'srm-assurance',
          title: labels.assuranceGroup,
          controls: ASSURANCE_SERVICE_TYPES.map((type) => serviceControl(type, labels)),
        },
      ],
    },
  };
}
