import { useMemo } from 'react';
import { describeEngagementAt } from '@/i18n/describe-engagement';
import { useT } from '@/i18n/i18n-provider';
import { isOperationsServiceOffered } from '@/model/assurance-scope';
import { createDefaultOperationsService } from '@/model/create-workspace';
import { DELIVERY_MODES, TYPICAL_CASES_OF } from '@/model/delivery-modes';
import { addSecurityServiceWithVendor } from '@/model/edit-engagement-parties';
import {
  removeSecurityServices,
  setDeliveryMode,
  setOperationsService,
  setResourceService,
  setServiceCoverage,
} from '@/model/edit-engagements';
import { RESOURCE_SERVICE_TYPES } from '@/model/service-types';
import { selectCurrentEngagement } from '@/store/select-current-engagement';
import { useWorkspaceStore } from '@/store/use-workspace-store';
import { RadioGroup } from '@/ui/radio-group';
import { SelectField } from '@/ui/select-field';
import { AssuranceServiceField } from './assurance-service-field';
import './scenario-panel.css';

/**
 * Picks the scenario of the current engagement: one resource service, one delivery mode, and the
 * assurance services switched on or off with the layers they cover.
 */
export function ScenarioPanel() {
  const t = useT();
  const engagement = useWorkspaceStore(selectCurrentEngagement);
  // The list, not the workspace: a cell edit leaves it alone, so the panel does not re-render.
  const engagements = useWorkspaceStore((s) => s.workspace.engagements);
  const selectEngagement = useWorkspaceStore((s) => s.selectEngagement);
  const parties = useWorkspaceStore((s) => s.workspace.parties);
  const edit = useWorkspaceStore((s) => s.edit);
  // Named once per list and language: switching among 500 engagements re-renders this panel.
  const engagementOptions = useMemo(
    () =>
      engagements.map((e, index) => ({ value: e.id, label: describeEngagementAt(e, index, t) })),
    [engagements, t],
  );
  if (!engagement) return null;
  const ops = engagement.operationsService;
  const partyName = (id: string | null) => parties.find((p) => p.id === id)?.name;
  return (
    <section className="panel scenario-panel" aria-labelledby="scenario-heading">
      <h2 id="scenario-heading">{t('scenario.heading')}</h2>
      {engagements.length > 1 ? (
        <SelectField
          label={t('scenario.engagement')}
          value={engagement.id}
          onChange={selectEngagement}
          options={engagementOptions}
        />
      ) : null}
      <RadioGroup
        legend={t('scenario.serviceType')}
        hint={t('scenario.serviceTypeHint')}
        name="service-type"
        value={engagement.resourceService}
        onChange={(type) => edit(setResourceService, engagement.id, type)}
        options={RESOURCE_SERVICE_TYPES.map((type) => ({
          value: type,
          label: t(`serviceTypeShort.${type}`),
          hint: t(`serviceType.${type}`),
        }))}
      />
      <RadioGroup
        legend={t('scenario.deliveryMode')}
        name="delivery-mode"
        value={engagement.mode}
        onChange={(mode) => edit(setDeliveryMode, engagement.id, mode)}
        options={DELIVERY_MODES.map((mode) => ({
          value: mode,
          label: t(`mode.${mode}`),
          hint: t('scenario.typicalCases', {
            cases: TYPICAL_CASES_OF[mode].map((c) => t(`typicalCase.${c}`)).join(' / '),
          }),
        }))}
      />
      <fieldset className="assurance-group">
        <legend>{t('serviceClass.assurance')}</legend>
        <AssuranceServiceField
          type="securityService"
          scenario={engagement}
          services={engagement.securityServices.map((service) => ({
            ...service,
            partyName: partyName(service.vendorPartyId),
          }))}
          onToggle={(on) =>
            // Switched off as one undoable step, however many services there were.
            on
              ? edit(addSecurityServiceWithVendor, engagement.id, null)
              : edit(removeSecurityServices, engagement.id)
          }
          onCoverageChange={(id, layers) => edit(setServiceCoverage, engagement.id, id, layers)}
        />
        <AssuranceServiceField
          type="opsService"
          scenario={engagement}
          services={ops ? [{ ...ops, partyName: partyName(ops.providerPartyId) }] : []}
          unavailableReason={
            isOperationsServiceOffered(engagement.mode)
              ? undefined
              : t('scenario.opsServiceUnavailable')
          }
          onToggle={(on) =>
            edit(
              setOperationsService,
              engagement.id,
              on ? createDefaultOperationsService(engagement) : null,
            )
          }
          onCoverageChange={(id, layers) => edit(setServiceCoverage, engagement.id, id, layers)}
        />
      </fieldset>
    </section>
  );
}
