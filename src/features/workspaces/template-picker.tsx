import { useId, useState } from 'react';
import { useT } from '@/i18n/i18n-provider';
import {
  createFromTemplate,
  TEMPLATE_IDS,
  type TemplateId,
} from '@/model/templates/workspace-templates';
import type { Workspace } from '@/model/workspace';
import { templateTextsFrom } from './template-texts-from';

interface TemplatePickerProps {
  /** Creates a workspace with that name and content in the library and opens it; null when it could not be saved. */
  readonly onCreate: (name: string, workspace: Workspace) => Promise<string | null>;
  /** Shows the list at once (in the templates dialog) instead of behind its button. */
  readonly defaultOpen?: boolean;
  /** Told what was said after a creation, for a host that closes around the picker. */
  readonly onCreated?: (message: string) => void;
}

/**
 * "New from template…": opens a list of the report's scenarios, each with a line that says what it
 * shows; choosing one creates a new workspace from it, named in the user's language, and opens it.
 */
export function TemplatePicker({ onCreate, defaultOpen = false, onCreated }: TemplatePickerProps) {
  const tt = useT('templates', 'plan', 'plan-suggestions');
  const [open, setOpen] = useState(defaultOpen);
  const [message, setMessage] = useState('');
  const listId = useId();
  const headingId = useId();

  const create = async (id: TemplateId) => {
    const name = tt('templates.workspaceName', { name: tt(`template.${id}.name`) });
    const workspace = createFromTemplate(id, templateTextsFrom(tt));
    const saved = await onCreate(name, workspace);
    const said = tt(saved === null ? 'templates.notSaved' : 'templates.created', { name });
    setOpen(false);
    setMessage(said);
    onCreated?.(said);
  };

  return (
    <div className="template-picker">
      {/* In the templates dialog the list is the whole content: no button to open or close it. */}
      {defaultOpen ? null : (
        <button
          type="button"
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => {
            setOpen((was) => !was);
            setMessage('');
          }}
        >
          {tt('templates.open')}
        </button>
      )}
      <section id={listId} className="template-choices" aria-labelledby={headingId} hidden={!open}>
        <h3 id={headingId}>{tt('templates.heading')}</h3>
        <p className="field-hint">{tt('templates.intro')}</p>
        <ul className="template-list">
          {TEMPLATE_IDS.map((id) => {
            const name = tt(`template.${id}.name`);
            return (
              <li key={id}>
                <span className="template-text">
                  <span className="template-name">{name}</span>
                  <span className="template-description">{tt(`template.${id}.description`)}</span>
                </span>
                <button
                  type="button"
                  aria-label={tt('templates.createLabel', { name })}
                  onClick={() => void create(id)}
                >
                  {tt('templates.create')}
                </button>
              </li>
            );
          })}
        </ul>
        {defaultOpen ? null : (
          <button type="button" onClick={() => setOpen(false)}>
            {tt('templates.close')}
          </button>
        )}
      </section>
      <p role="status" className="template-message">
        {message}
      </p>
    </div>
  );
}
