import type { OscalLabels } from '@/export/oscal/oscal-labels';
import { describeRow } from '@/i18n/describe-row';
import type { Translate } from '@/i18n/translate';
import type { FilesTranslate } from './csv-labels-from';

/** The OSCAL documents' words in the user's language. */
export function oscalLabelsFrom(
  t: Translate,
  f: FilesTranslate,
  o: Translate<'oscal'>,
): OscalLabels {
  return {
    catalogTitle: o('oscal.catalogTitle'),
    catalogRemarks: o('oscal.catalogRemarks'),
    sspTitle: o('oscal.sspTitle'),
    systemDescription: o('oscal.systemDescription'),
    boundary: o('oscal.boundary'),
    informationType: o('oscal.informationType'),
    informationTypeDescription: o('oscal.informationTypeDescription'),
    layersGroup: o('oscal.layersGroup'),
    assuranceGroup: o('oscal.assuranceGroup'),
    engagement: (engagement, index) => engagement.name || f('export.engagementN', { n: index + 1 }),
    row: (row) => describeRow(row, t).name,
    role: (role) => t(`role.${role}`),
    layer: (layer) => t(`layer.${layer}`),
    layerContents: (layer) => o(`oscal.layer.${layer}`),
    serviceType: (type) => t(`serviceType.${type}`),
    serviceItself: (type) => o('oscal.serviceItself', { service: t(`serviceType.${type}`) }),
    mode: (mode) => t(`mode.${mode}`),
    duty: (duty) => t(`duty.${duty}`),
    scope: (scope) => t(`scope.${scope}`),
    scopeMeaning: (scope) => o(`oscal.scope.${scope}`),
    assignment: (who, words) => o('oscal.assignment', { who, words }),
    partSeparator: t('list.separator'),
  };
}
