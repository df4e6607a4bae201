import { useId } from 'react';
import { useT } from '@/i18n/i18n-provider';
import { isOperationsServiceOffered } from '@/model/assurance-scope';
import { createDefaultOperationsService } from '@/model/create-workspace';
import { setOperationsProvider } from '@/model/edit-engagement-parties';
import { setOperationsService } from '@/model/edit-engagements';
import type { Engagement, Party } from '@/model/workspace';
import type { Edit } from '@/store/workspace-store';
import { SelectField } from '@/ui/select-field';
import { partyOptions, toPartyId } from './party-options';

interface OperationsFieldProps {
  readonly engagement: Engagement;
  readonly parties: readonly Party[];
  readonly edit: Edit;
}

/** The engagement's operations service: bought or not (where the mode offers it), and who runs it. */
export function OperationsField({ engagement, parties, edit }: OperationsFieldProps) {
  const t = useT();
  const p = useT('parties');
  const hintId = useId();
  const ops = engagement.operationsService;
  const offered = isOperationsServiceOffered(engagement.mode);
  return (
    <fieldset className="engagement-group">
      <legend>{t('serviceType.opsService')}</legend>
      <label className="parties-check">
        <input
          id={`engagement-operations-${engagement.id}`}
          type="checkbox"
          role="switch"
          checked={ops !== null}
          aria-checked={ops !== null}
          disabled={!offered && ops === null}
          aria-describedby={offered ? undefined : hintId}
          onChange={(event) =>
            edit(
              setOperationsService,
              engagement.id,
              event.target.checked ? createDefaultOperationsService(engagement) : null,
            )
          }
        />
        <span>{p('engagements.opsOn')}</span>
      </label>
      {offered ? null : (
        <p id={hintId} className="field-hint">
          {t('scenario.opsServiceUnavailable')}
        </p>
      )}
      {ops ? (
        <SelectField
          label={p('engagements.opsProvider')}
          value={ops.providerPartyId ?? ''}
          options={partyOptions(parties, 'provider', ops.providerPartyId, p)}
          onChange={(value) => edit(setOperationsProvider, engagement.id, toPartyId(value))}
        />
      ) : null}
    </fieldset>
  );
}
