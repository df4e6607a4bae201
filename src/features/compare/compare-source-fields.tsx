import { useId } from 'react';
import { describeEngagement } from '@/i18n/describe-engagement';
import { useT } from '@/i18n/i18n-provider';
import type { Scenario } from '@/model/assurance-scope';
import { DELIVERY_MODES } from '@/model/delivery-modes';
import { RESOURCE_SERVICE_TYPES } from '@/model/service-types';
import type { Engagement } from '@/model/workspace';
import { RadioGroup } from '@/ui/radio-group';
import { SelectField } from '@/ui/select-field';
import { COMPARE_SOURCES, type CompareChoice } from './compare-choice';

interface CompareSourceFieldsProps {
  readonly choice: CompareChoice;
  readonly onChange: (patch: Partial<CompareChoice>) => void;
  readonly engagements: readonly Engagement[];
  /** The other saved workspaces that can be read, with their names. */
  readonly workspaces: readonly { readonly id: string; readonly name: string }[];
  /** The engagements of the chosen other workspace, once read. */
  readonly otherEngagements: readonly Engagement[];
}

/** Chooses what to compare, and the two sides: scenarios, engagements here, or one in another workspace. */
export function CompareSourceFields(props: CompareSourceFieldsProps) {
  const { choice, onChange, engagements, workspaces, otherEngagements } = props;
  const t = useT();
  const c = useT('compare');
  const partiesId = useId();
  const engagementField = (
    list: readonly Engagement[],
    value: string,
    set: (id: string) => void,
  ) => (
    <SelectField
      label={t('scenario.engagement')}
      value={value}
      onChange={set}
      options={list.map((e) => ({ value: e.id, label: describeEngagement(list, e.id, t) }))}
    />
  );
  const scenarioFields = (scenario: Scenario, set: (s: Scenario) => void) => (
    <>
      <SelectField
        label={t('scenario.serviceType')}
        value={scenario.resourceService}
        onChange={(resourceService) => set({ ...scenario, resourceService })}
        options={RESOURCE_SERVICE_TYPES.map((v) => ({ value: v, label: t(`serviceType.${v}`) }))}
      />
      <SelectField
        label={t('scenario.deliveryMode')}
        value={scenario.mode}
        onChange={(mode) => set({ ...scenario, mode })}
        options={DELIVERY_MODES.map((v) => ({ value: v, label: t(`mode.${v}`) }))}
      />
    </>
  );
  const sideA =
    choice.source === 'scenarios'
      ? scenarioFields(choice.scenarioA, (scenarioA) => onChange({ scenarioA }))
      : engagementField(engagements, choice.engagementA, (engagementA) =>
          onChange({ engagementA }),
        );
  const sideB =
    choice.source === 'scenarios' ? (
      scenarioFields(choice.scenarioB, (scenarioB) => onChange({ scenarioB }))
    ) : choice.source === 'engagements' ? (
      engagementField(engagements, choice.engagementB, (engagementB) => onChange({ engagementB }))
    ) : workspaces.length === 0 ? (
      <p className="field-hint">{c('compare.noOtherWorkspace')}</p>
    ) : (
      <>
        <SelectField
          label={c('compare.workspace')}
          value={choice.otherWorkspaceId}
          onChange={(otherWorkspaceId) => onChange({ otherWorkspaceId, otherEngagementId: '' })}
          options={workspaces.map((w) => ({ value: w.id, label: w.name }))}
        />
        {otherEngagements.length > 0
          ? engagementField(otherEngagements, choice.otherEngagementId, (otherEngagementId) =>
              onChange({ otherEngagementId }),
            )
          : null}
      </>
    );
  return (
    <div className="compare-source">
      <RadioGroup
        legend={c('compare.source')}
        name="compare-source"
        value={choice.source}
        onChange={(source) => onChange({ source })}
        options={COMPARE_SOURCES.map((source) => ({
          value: source,
          label: c(`compare.source.${source}`),
          hint: c(`compare.source.${source}Hint`),
        }))}
      />
      <div className="compare-sides-fields">
        <fieldset className="compare-side-fields">
          <legend>{c('compare.side', { side: 'A' })}</legend>
          {sideA}
        </fieldset>
        <fieldset className="compare-side-fields">
          <legend>{c('compare.side', { side: 'B' })}</legend>
          {sideB}
        </fieldset>
      </div>
      {choice.source === 'scenarios' ? null : (
        <p className="compare-parties">
          <input
            id={partiesId}
            type="checkbox"
            checked={choice.compareParties}
            onChange={(event) => onChange({ compareParties: event.target.checked })}
          />
          <label htmlFor={partiesId}>{c('compare.compareParties')}</label>
        </p>
      )}
    </div>
  );
}
