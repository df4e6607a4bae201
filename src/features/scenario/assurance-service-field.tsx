import { useId } from 'react';
import { useT } from '@/i18n/i18n-provider';
import { ASSET_LAYERS, type AssetLayer } from '@/model/asset-layers';
import { canSupportLayer, deriveCoverage, type Scenario } from '@/model/assurance-scope';
import type { AssuranceServiceType } from '@/model/service-types';
import type { ServiceCoverage } from '@/model/workspace';

interface AssuranceServiceFieldProps {
  readonly type: AssuranceServiceType;
  readonly scenario: Scenario;
  /** The services of this type in scope (none when switched off), each with its coverage. */
  readonly services: readonly ServiceInScope[];
  /** Why the service cannot be switched on in this scenario, if it cannot. */
  readonly unavailableReason?: string;
  readonly onToggle: (on: boolean) => void;
  readonly onCoverageChange: (serviceId: string, coverage: ServiceCoverage) => void;
}

/** One assurance service in scope: its coverage, and the party that supplies it when named. */
export interface ServiceInScope {
  readonly id: string;
  readonly layers: ServiceCoverage;
  readonly partyName?: string | undefined;
}

/** Switches an assurance service on or off and picks the layers it covers. */
export function AssuranceServiceField(props: AssuranceServiceFieldProps) {
  const { type, scenario, services, unavailableReason, onToggle, onCoverageChange } = props;
  const t = useT();
  const hintId = useId();
  const short = t(`serviceTypeShort.${type}`);
  return (
    <div className="assurance-field">
      <label className="switch">
        <input
          type="checkbox"
          role="switch"
          checked={services.length > 0}
          aria-checked={services.length > 0}
          disabled={unavailableReason !== undefined && services.length === 0}
          aria-describedby={hintId}
          onChange={(event) => onToggle(event.target.checked)}
        />
        <span className="switch-label">{short}</span>
      </label>
      <p id={hintId} className="field-hint">
        {unavailableReason ?? t(`scenario.${type}Hint`)}
      </p>
      {services.map((service, index) => (
        <CoverageField
          key={service.id}
          type={type}
          scenario={scenario}
          service={service}
          // Numbered only when there are several, as the print annex does.
          name={services.length > 1 ? `${short} ${index + 1}` : short}
          onChange={(coverage) => onCoverageChange(service.id, coverage)}
        />
      ))}
    </div>
  );
}

interface CoverageFieldProps {
  readonly type: AssuranceServiceType;
  readonly scenario: Scenario;
  readonly service: ServiceInScope;
  readonly name: string;
  readonly onChange: (coverage: ServiceCoverage) => void;
}

/** The layers one service covers, with the party that supplies it (named in the parties view). */
function CoverageField({ type, scenario, service, name, onChange }: CoverageFieldProps) {
  const t = useT();
  const { layers: coverage, partyName } = service;
  const covered = deriveCoverage(type, scenario, coverage);
  const toggleLayer = (layer: AssetLayer, on: boolean) =>
    onChange(ASSET_LAYERS.filter((l) => (l === layer ? on : covered.includes(l))));
  return (
    <fieldset className="coverage">
      <legend>{t('scenario.coverage', { service: name })}</legend>
      {partyName ? (
        <p className="coverage-party">
          <span>{t(type === 'securityService' ? 'role.securityVendor' : 'role.provider')}</span>{' '}
          <strong>{partyName}</strong>
        </p>
      ) : null}
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
          <button type="button" className="link-button" onClick={() => onChange('default')}>
            {t('scenario.coverageReset')}
          </button>
        )}
      </p>
    </fieldset>
  );
}
