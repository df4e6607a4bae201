import { useState } from 'react';
import { describeEngagement } from '@/i18n/describe-engagement';
import { useT } from '@/i18n/i18n-provider';
import { deriveCoverage } from '@/model/assurance-scope';
import {
  findEngagementsOfService,
  setSecurityServiceVendor,
  shareSecurityService,
} from '@/model/edit-engagement-parties';
import { findServiceIds, removeSecurityService } from '@/model/edit-engagements';
import type { Engagement, SecurityService, Workspace } from '@/model/workspace';
import type { Edit } from '@/store/workspace-store';
import { SelectField } from '@/ui/select-field';
import { partyOptions, toPartyId } from './party-options';
import { joinPhrases } from './removal-text';
import type { Remove } from './use-removal';

interface SecurityServiceItemProps {
  readonly workspace: Workspace;
  readonly engagement: Engagement;
  readonly service: SecurityService;
  readonly number: number;
  readonly edit: Edit;
  readonly remove: Remove;
}

/**
 * One security service of an engagement: its vendor (the same in every engagement it covers), the
 * layers it covers here, the other engagements it covers, and sharing it with one more.
 */
export function SecurityServiceItem(props: SecurityServiceItemProps) {
  const { workspace, engagement, service, number, edit, remove } = props;
  const t = useT();
  const p = useT('parties');
  const { engagements } = workspace;
  const label = p('engagements.securityItem', { number });
  const layers = deriveCoverage('securityService', engagement, service.layers);
  const others = findEngagementsOfService(workspace, service.id).filter(
    (e) => e.id !== engagement.id,
  );
  const targets = engagements.filter((e) => !findServiceIds(e).includes(service.id));
  const [target, setTarget] = useState('');
  const chosen = targets.find((e) => e.id === target) ?? targets[0];
  const name = (e: Engagement) => describeEngagement(engagements, e.id, t);
  return (
    <li className="security-service">
      <h5>{label}</h5>
      <SelectField
        label={p('engagements.vendorOf', { service: label })}
        value={service.vendorPartyId ?? ''}
        options={partyOptions(workspace.parties, 'securityVendor', service.vendorPartyId, p)}
        onChange={(value) => edit(setSecurityServiceVendor, service.id, toPartyId(value))}
      />
      <p className="field-hint">
        {layers.length === 0
          ? p('engagements.coversNothing')
          : p(
              service.layers === 'default'
                ? 'engagements.coversDefault'
                : 'engagements.coversChosen',
              {
                layers: joinPhrases(
                  p,
                  layers.map((layer) => t(`layer.${layer}`)),
                ),
              },
            )}
      </p>
      {others.length > 0 ? (
        <p className="field-hint">
          {p('engagements.sharedWith', { engagements: joinPhrases(p, others.map(name)) })}
        </p>
      ) : null}
      <div className="security-service-actions">
        {chosen ? (
          <>
            <SelectField
              label={p('engagements.shareWith', { service: label })}
              value={chosen.id}
              options={targets.map((e) => ({ value: e.id, label: name(e) }))}
              onChange={setTarget}
            />
            <button
              type="button"
              aria-label={`${p('engagements.share')}: ${label}`}
              onClick={() => edit(shareSecurityService, service.id, chosen.id)}
            >
              {p('engagements.share')}
            </button>
          </>
        ) : null}
        <button
          type="button"
          aria-label={`${p('engagements.removeService')}: ${label}`}
          onClick={() =>
            remove(
              (tr) => tr('engagements.serviceRemoved', { service: label, name: name(engagement) }),
              removeSecurityService,
              engagement.id,
              service.id,
            )
          }
        >
          {p('engagements.removeService')}
        </button>
      </div>
    </li>
  );
}
