import { startTransition, useId, useState } from 'react';
import { useT } from '@/i18n/i18n-provider';
import type { MatrixRow } from '@/model/assignment';
import { type Assignment, DUTIES, SCOPES } from '@/model/assignment';
import { isSameAssignments } from '@/model/assignments-equal';
import { setCellAssignments } from '@/model/edit-cells';
import { resolveCarrier } from '@/model/resolve-carrier';
import { ASSURANCE_SERVICE_TYPES } from '@/model/service-types';
import type { CellRef, Engagement } from '@/model/workspace';
import { LIMITS } from '@/schema/limits';
import { useWorkspaceStore } from '@/store/use-workspace-store';
import { DraftAssignmentFields } from './draft-assignment-fields';
import { useCellEditorDraft } from './use-cell-editor-draft';

interface CellEditorProps {
  readonly cellRef: CellRef;
  readonly engagement: Engagement;
  readonly row: MatrixRow;
  readonly onDone: () => void;
}

/** Edits a cell's duties; a change from the baseline asks for a reason, which is kept with it. */
export function CellEditor({ cellRef, engagement, row, onDone }: CellEditorProps) {
  const t = useT('detail');
  const cell = row.cells[cellRef.role];
  // Kept in the browser as it changes: a reload or a closed tab reopens the editor with it.
  const kept = useCellEditorDraft(cellRef, cell);
  const { assignments: draft, setAssignments: setDraft, reason, setReason } = kept;
  const [submitted, setSubmitted] = useState(false);
  const edit = useWorkspaceStore((s) => s.edit);
  const reasonId = useId();
  const resolved = draft.map((a) => ({
    ...a,
    ...resolveCarrier(engagement, row, cellRef.role, a),
  }));
  const isBaseline = isSameAssignments(resolved, cell.baseline);
  const reasonMissing = !isBaseline && reason.trim() === '';
  const update = (index: number, next: Assignment) =>
    setDraft(draft.map((a, i) => (i === index ? next : a)));
  return (
    <form
      className="cell-editor"
      // Our own message explains why a reason is needed; the browser's bubble would not.
      noValidate
      aria-label={t('detail.edit')}
      onSubmit={(event) => {
        event.preventDefault();
        setSubmitted(true);
        if (reasonMissing) return;
        kept.clear();
        edit(setCellAssignments, cellRef, resolved, reason.trim());
        // The matrix shows the change in this frame; closing the editor can wait for the next one.
        startTransition(onDone);
      }}
    >
      {draft.map((assignment, index) => (
        <DraftAssignmentFields
          // Drafts have no id; a removed duty re-keys the ones after it, which is harmless here.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          key={index}
          index={index}
          assignment={assignment}
          duties={DUTIES}
          scopes={SCOPES}
          services={ASSURANCE_SERVICE_TYPES}
          onChange={(next) => update(index, next)}
          onRemove={() => setDraft(draft.filter((_, i) => i !== index))}
        />
      ))}
      <button
        type="button"
        onClick={() =>
          setDraft([...draft, { duty: 'owner', scope: 'whole', basis: { source: 'override' } }])
        }
      >
        {t('detail.add')}
      </button>
      {isBaseline ? (
        <p className="field-hint">{t('detail.sameAsBaseline')}</p>
      ) : (
        <div className="reason-field">
          <label htmlFor={reasonId}>{t('detail.reasonLabel')}</label>
          <p className="field-hint" id={`${reasonId}-hint`}>
            {t('detail.reasonHint')}
          </p>
          <textarea
            id={reasonId}
            value={reason}
            rows={3}
            maxLength={LIMITS.textLength}
            aria-required="true"
            aria-invalid={submitted && reasonMissing}
            aria-describedby={`${reasonId}-hint${submitted && reasonMissing ? ` ${reasonId}-error` : ''}`}
            onChange={(event) => setReason(event.target.value)}
          />
          {submitted && reasonMissing ? (
            <p className="field-error" id={`${reasonId}-error`} role="alert">
              {t('detail.reasonRequired')}
            </p>
          ) : null}
        </div>
      )}
      <div className="form-actions">
        <button type="submit" className="primary">
          {t('detail.apply')}
        </button>
        <button
          type="button"
          onClick={() => {
            kept.clear();
            onDone();
          }}
        >
          {t('detail.discard')}
        </button>
      </div>
    </form>
  );
}
