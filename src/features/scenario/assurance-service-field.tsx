import { useId } from 'react';
import { useT } from '@/i18n/i18n-provider';
import { ASSET_LAYERS, type AssetLayer } from '@/model/asset-layers';
import { canSupportLayer, deriveCoverage, type Scenario } from '@/model/assurance-scope';
import type { AssuranceServiceType } from '@/model/service-types';
import type { ServiceCoverage } from '@/model/workspace';

interface AssuranceServiceFieldProps {
  readonly type: AssuranceServiceType;
  readonly scenario: Scenario;
  /** The service's coverage when it is in scope, or null when it is switched off. */
  readonly coverage: ServiceCoverage | null;
  /** Why the service cannot be switched on in this scenario, if it cannot. */
  readonly unavailableReason?: string;
  readonly onToggle: (on: boolean) => void;
  readonly onCoverageChange: (coverage: ServiceCoverage) => void;
}

/** Switches an assurance service on or off and picks the layers it covers. */
export function AssuranceServiceField(props: AssuranceServiceFieldProps) {
  const { type, scenario, coverage, unavailableReason, onToggle, onCoverageChange } = props;
  const t = useT();
  const hintId = useId();
  const covered = coverage === null ? [] : deriveCoverage(type, scenario, coverage);
  const toggleLayer = (layer: AssetLayer, on: boolean) =>
    onCoverageChange(ASSET_LAYERS.filter((l) => (l === layer ? on : covered.includes(l))));
  return (
    <div className="assurance-field">
      <label className="switch">
        <input
          type="checkbox"
          role="switch"
          checked={coverage !== null}
          aria-checked={coverage !== null}
          disabled={unavailableReason !== undefined && coverage === null}
          aria-describedby={hintId}
          onChange={(event) => onToggle(event.target.checked)}
        />
        <span className="switch-label">{t(`serviceTypeShort.${type}`)}</span>
      </label>
      <p id={hintId} className="field-hint">
        {unavailableReason ?? t(`scenario.${type}Hint`)}
      </p>
      {coverage !== null ? (
        <fieldset className="coverage">
          <legend>{t('scenario.coverage', { service: t(`serviceTypeShort.${type}`) })}</legend>
          {[...ASSET_LAYERS].reverse().map((layer) => {
            const allowed = canSupportLayer(type, scenario, layer);
            return (
              <label key={layer} className="coverage-option">
                <input
                  type="checkbox"
                  checked={covered.includes(layer)}
                  // A layer the mode's table gives no support on can only be taken out, not put in.
                  disabled={!allowed && !covered.includes(layer)}
                  onChange={(event) => toggleLayer(layer, event.target.checked)}
                />
                <span>
                  {t(`layer.${layer}`)}
                  {allowed ? null : (
                    <span className="field-hint"> · {t('scenario.notSupportedHere')}</span>
                  )}
                </span>
              </label>
            );
          })}
          <p className="field-hint">
            {coverage === 'default' ? t('scenario.coverageDefault') : t('scenario.coverageCustom')}{' '}
            {coverage === 'default' ? null : (
              <button
                type="button"
                className="link-button"
                onClick={() => onCoverageChange('default')}
              >
                {t('scenario.coverageReset')}
              </button>
            )}
          </p>
        </fieldset>
      ) : null}
    </div>
  );
}
