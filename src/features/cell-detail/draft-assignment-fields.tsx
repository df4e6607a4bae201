import { useT } from '@/i18n/i18n-provider';
import type { Assignment, Duty, Scope } from '@/model/assignment';
import type { AssuranceServiceType } from '@/model/service-types';
import { SelectField } from '@/ui/select-field';

interface DraftAssignmentFieldsProps {
  readonly index: number;
  readonly assignment: Assignment;
  readonly duties: readonly Duty[];
  readonly scopes: readonly Scope[];
  readonly services: readonly AssuranceServiceType[];
  readonly onChange: (next: Assignment) => void;
  readonly onRemove: () => void;
}

/** The fields of one duty being edited: duty, scope, and for a supporter the service that carries it. */
export function DraftAssignmentFields(props: DraftAssignmentFieldsProps) {
  const { index, assignment, onChange } = props;
  const t = useT('detail');
  const n = index + 1;
  const setDuty = (duty: Duty) => {
    // Only supporters are carried by a service; an owner keeps no `via`.
    const { via: _via, serviceId: _serviceId, ...rest } = assignment;
    onChange(
      duty === 'supporter'
        ? { ...rest, duty, via: assignment.via ?? 'securityService' }
        : { ...rest, duty },
    );
  };
  return (
    <fieldset className="draft-assignment">
      <legend>{t('detail.assignment', { n })}</legend>
      <SelectField
        label={t('detail.duty')}
        value={assignment.duty}
        options={props.duties.map((duty) => ({ value: duty, label: t(`duty.${duty}`) }))}
        onChange={setDuty}
      />
      <SelectField
        label={t('detail.scope')}
        value={assignment.scope}
        options={props.scopes.map((scope) => ({ value: scope, label: t(`scope.${scope}`) }))}
        onChange={(scope) => onChange({ ...assignment, scope })}
      />
      {assignment.duty === 'supporter' ? (
        <SelectField
          label={t('detail.via')}
          value={assignment.via ?? 'none'}
          options={[
            { value: 'none', label: t('detail.viaNone') },
            ...props.services.map((via) => ({ value: via, label: t(`serviceTypeShort.${via}`) })),
          ]}
          onChange={(via) => {
            const { via: _via, serviceId: _serviceId, ...rest } = assignment;
            onChange(via === 'none' ? rest : { ...rest, via });
          }}
        />
      ) : null}
      <button type="button" onClick={props.onRemove}>
        {t('detail.remove', { n })}
      </button>
    </fieldset>
  );
}
