import { describeEngagement } from '@/i18n/describe-engagement';
import { useT } from '@/i18n/i18n-provider';
import { DELIVERY_MODES } from '@/model/delivery-modes';
import {
  addSecurityServiceWithVendor,
  setEngagementParties,
} from '@/model/edit-engagement-parties';
import {
  removeEngagement,
  renameEngagement,
  setDeliveryMode,
  setResourceService,
} from '@/model/edit-engagements';
import { RESOURCE_SERVICE_TYPES } from '@/model/service-types';
import type { Engagement, Workspace } from '@/model/workspace';
import { openInMatrix } from '@/store/open-in-matrix';
import type { Edit } from '@/store/workspace-store';
import { SelectField } from '@/ui/select-field';
import { CommittedInput } from './committed-input';
import { OperationsField } from './operations-field';
import { partyOptions, toPartyId } from './party-options';
import { SecurityServiceItem } from './security-service-item';
import type { Remove } from './use-removal';

interface EngagementCardProps {
  readonly workspace: Workspace;
  readonly engagement: Engagement;
  readonly edit: Edit;
  readonly remove: Remove;
}

/** One engagement: its name, scenario, the parties in each role, and its assurance services. */
export function EngagementCard({ workspace, engagement, edit, remove }: EngagementCardProps) {
  const t = useT();
  const p = useT('parties');
  const { engagements, parties } = workspace;
  const id = engagement.id;
  const title = describeEngagement(engagements, id, t);
  const headingId = `engagement-heading-${id}`;
  const isLast = engagements.length < 2;
  return (
    <li className="panel engagement-card">
      <h4 id={headingId}>{title}</h4>
      <div className="engagement-fields">
        <CommittedInput
          id={`engagement-name-${id}`}
          label={p('engagements.name')}
          value={engagement.name}
          placeholder={title}
          onCommit={(name) => edit(renameEngagement, id, name)}
        />
        <SelectField
          label={t('scenario.serviceType')}
          value={engagement.resourceService}
          options={RESOURCE_SERVICE_TYPES.map((type) => ({
            value: type,
            label: t(`serviceType.${type}`),
          }))}
          onChange={(type) => edit(setResourceService, id, type)}
        />
        <SelectField
          label={t('scenario.deliveryMode')}
          value={engagement.mode}
          options={DELIVERY_MODES.map((mode) => ({ value: mode, label: t(`mode.${mode}`) }))}
          onChange={(mode) => edit(setDeliveryMode, id, mode)}
        />
        <SelectField
          id={`engagement-customer-${id}`}
          label={t('role.customer')}
          value={engagement.customerPartyId ?? ''}
          options={partyOptions(parties, 'customer', engagement.customerPartyId, p)}
          onChange={(value) =>
            edit(setEngagementParties, id, { customerPartyId: toPartyId(value) })
          }
        />
        <SelectField
          id={`engagement-provider-${id}`}
          label={t('role.provider')}
          value={engagement.providerPartyId ?? ''}
          options={partyOptions(parties, 'provider', engagement.providerPartyId, p)}
          onChange={(value) =>
            edit(setEngagementParties, id, { providerPartyId: toPartyId(value) })
          }
        />
      </div>
      <fieldset className="engagement-group">
        <legend>{p('engagements.securityHeading')}</legend>
        {engagement.securityServices.length === 0 ? (
          <p className="field-hint">{p('engagements.securityNone')}</p>
        ) : (
          <ul className="security-services">
            {engagement.securityServices.map((service, index) => (
              <SecurityServiceItem
                key={service.id}
                workspace={workspace}
                engagement={engagement}
                service={service}
                number={index + 1}
                edit={edit}
                remove={remove}
              />
            ))}
          </ul>
        )}
        <button type="button" onClick={() => edit(addSecurityServiceWithVendor, id, null)}>
          {p('engagements.addService')}
        </button>
      </fieldset>
      <OperationsField engagement={engagement} parties={parties} edit={edit} />
      <div className="form-actions">
        <button type="button" className="primary" onClick={() => openInMatrix(id)}>
          {p('engagements.open')}
        </button>
        <button
          type="button"
          disabled={isLast}
          aria-describedby={isLast ? `${headingId}-last` : undefined}
          onClick={() =>
            remove((tr) => tr('engagements.removed', { name: title }), removeEngagement, id)
          }
        >
          {p('engagements.remove')}
        </button>
        {isLast ? (
          <span id={`${headingId}-last`} className="field-hint">
            {p('engagements.removeLast')}
          </span>
        ) : null}
      </div>
    </li>
  );
}
