import { useT } from '@/i18n/i18n-provider';
import { DELIVERY_MODES, TYPICAL_CASES_OF } from '@/model/delivery-modes';
import { RESOURCE_SERVICE_TYPES } from '@/model/service-types';
import { useWorkspaceStore } from '@/store/use-workspace-store';
import { RadioGroup } from '@/ui/radio-group';

/** Picks the resource service type and the delivery mode of the workspace's first engagement. */
export function ScenarioPanel() {
  const t = useT();
  const engagement = useWorkspaceStore((s) => s.workspace.engagements[0]);
  const setResourceService = useWorkspaceStore((s) => s.setResourceService);
  const setDeliveryMode = useWorkspaceStore((s) => s.setDeliveryMode);
  if (!engagement) return null;
  return (
    <section className="panel scenario-panel" aria-labelledby="scenario-heading">
      <h2 id="scenario-heading">{t('scenario.heading')}</h2>
      <RadioGroup
        legend={t('scenario.serviceType')}
        name="service-type"
        value={engagement.resourceService}
        onChange={(type) => setResourceService(engagement.id, type)}
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
        onChange={(mode) => setDeliveryMode(engagement.id, mode)}
        options={DELIVERY_MODES.map((mode) => ({
          value: mode,
          label: t(`mode.${mode}`),
          hint: t('scenario.typicalCases', {
            cases: TYPICAL_CASES_OF[mode].map((c) => t(`typicalCase.${c}`)).join(' / '),
          }),
        }))}
      />
    </section>
  );
}
