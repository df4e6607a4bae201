import { useT } from '@/i18n/i18n-provider';
import { ASSET_LAYERS, BOUNDARY_LAYER_OF, LAYER_POSITIONS } from '@/model/asset-layers';
import { DELIVERY_MODES, TYPICAL_CASES_OF } from '@/model/delivery-modes';
import { RESOURCE_SERVICE_TYPES } from '@/model/service-types';

/** How service type (the boundary layer) and delivery mode (who controls resources) set the scope. */
export function GuideScope() {
  const t = useT();
  const g = useT('guide');
  return (
    <>
      <p>{g('guide.scope.intro')}</p>
      <p className="guide-lead">{g('guide.scope.layersLead')}</p>
      <ol className="guide-layers">
        {ASSET_LAYERS.map((layer) => (
          <li key={layer}>{t(`layer.${layer}`)}</li>
        ))}
      </ol>
      <p className="guide-lead">{g('guide.scope.boundaryLead')}</p>
      <ul className="guide-list">
        {RESOURCE_SERVICE_TYPES.map((type) => (
          <li key={type}>
            {g('guide.scope.boundaryItem', {
              service: t(`serviceType.${type}`),
              layer: t(`layer.${BOUNDARY_LAYER_OF[type]}`),
            })}
          </li>
        ))}
      </ul>
      <p className="guide-lead">{g('guide.scope.positionsLead')}</p>
      <dl className="guide-terms">
        {LAYER_POSITIONS.map((position) => (
          <div key={position} className="guide-term">
            <dt>{g(`guide.scope.${position}Term`)}</dt>
            <dd>{g(`guide.scope.${position}`)}</dd>
          </div>
        ))}
      </dl>
      <p className="guide-lead">{g('guide.scope.modesLead')}</p>
      <dl className="guide-terms">
        {DELIVERY_MODES.map((mode) => (
          <div key={mode} className="guide-term">
            <dt>
              {t(`mode.${mode}`)}{' '}
              <span className="guide-hint">
                {g('guide.scope.typicalCases', {
                  cases: TYPICAL_CASES_OF[mode].map((c) => t(`typicalCase.${c}`)).join(' / '),
                })}
              </span>
            </dt>
            <dd>{g(`guide.scope.mode.${mode}`)}</dd>
          </div>
        ))}
      </dl>
      <p className="guide-note">
        {g('guide.scope.assurance', {
          security: t('serviceType.securityService'),
          ops: t('serviceType.opsService'),
        })}
      </p>
    </>
  );
}
