import { useId, useState } from 'react';
import type { Translate } from '@/i18n/translate';
import type { MatrixRow } from '@/model/assignment';
import { isJointRow, makeLayerJoint } from '@/model/make-layer-joint';
import type { Engagement } from '@/model/workspace';
import { LIMITS } from '@/schema/limits';
import { useWorkspaceStore } from '@/store/use-workspace-store';

interface JointResponsibilityFormProps {
  readonly t: Translate<'detail'>;
  readonly engagement: Engagement;
  readonly row: MatrixRow;
  readonly rowName: string;
  /** Called after the change was applied or the form was left, so focus can go back to the cell. */
  readonly onDone: () => void;
}

/**
 * The row action "joint responsibility": the customer and provider cells of a layer get the agreed
 * split (provider: the service itself; customer: its secure use) in one edit with one reason.
 */
export function JointResponsibilityForm({
  t,
  engagement,
  row,
  rowName,
  onDone,
}: JointResponsibilityFormProps) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const edit = useWorkspaceStore((s) => s.edit);
  const id = useId();
  if (row.kind !== 'layer') return null;
  if (isJointRow(row)) return <p className="field-hint">{t('detail.joint.already')}</p>;
  if (!open) {
    return (
      <div className="form-actions">
        <button type="button" onClick={() => setOpen(true)}>
          {t('detail.joint.open')}
        </button>
      </div>
    );
  }
  const missing = reason.trim() === '';
  return (
    <form
      className="joint-form"
      noValidate
      aria-labelledby={`${id}-heading`}
      onSubmit={(event) => {
        event.preventDefault();
        setSubmitted(true);
        if (missing) return;
        edit(makeLayerJoint, engagement, row, reason.trim());
        setOpen(false);
        setReason('');
        onDone();
      }}
    >
      <h4 id={`${id}-heading`}>{t('detail.joint.heading', { row: rowName })}</h4>
      <p className="field-hint">
        {t('detail.joint.split')}{' '}
        <span className="basis basis-derived">{t('detail.joint.derived')}</span>
      </p>
      <label htmlFor={id}>{t('detail.joint.reasonLabel')}</label>
      <textarea
        id={id}
        rows={2}
        value={reason}
        maxLength={LIMITS.textLength}
        aria-required="true"
        aria-invalid={submitted && missing}
        aria-describedby={submitted && missing ? `${id}-error` : undefined}
        onChange={(event) => setReason(event.target.value)}
      />
      {submitted && missing ? (
        <p className="field-error" id={`${id}-error`} role="alert">
          {t('detail.reasonRequired')}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="primary">
          {t('detail.joint.apply')}
        </button>
        <button
          type="button"
          onClick={() => {
            setOpen(false);
            onDone();
          }}
        >
          {t('detail.joint.cancel')}
        </button>
      </div>
    </form>
  );
}
