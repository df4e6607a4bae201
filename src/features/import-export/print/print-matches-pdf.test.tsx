// One document, many renderers: the print view and the PDF render the same annex model, so their
// text is the same, word for word, in both languages (page header and footer aside).
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildAnnexModel } from '@/export/annex/build-annex-model';
import { renderAnnexDocument } from '@/export/pdf/annex-document';
import { collectText } from '@/export/pdf/map-text';
import { addDepartment, addStandardDepartments, setRaciLetters } from '@/model/edit-departments';
import type { Workspace } from '@/model/workspace';
import {
  annexWorkspace,
  singleEngagementWorkspace,
} from '../../../../tests/fixtures/annex-workspace';
import { buildCombinedTestWorkspace } from '../../../../tests/fixtures/combined-workspace';
import { sampleWorkspace } from '../../../../tests/fixtures/sample-workspace';
import { annexLabelsFor } from '../../../../tests/support/annex-labels';
import { AnnexView } from './print-annex';

/** The annex sample with the customer's departments and RACI letters, so that section is printed. */
function withRaci(): Workspace {
  let workspace = addStandardDepartments(annexWorkspace(), 'customer');
  workspace = addDepartment(workspace, 'customer', 'custom', '法务部');
  return setRaciLetters(
    workspace,
    { engagementId: 'e1', rowId: 'businessData', role: 'customer' },
    'department-1',
    ['accountable', 'responsible'],
  );
}

const WORKSPACES: readonly (readonly [string, () => Workspace])[] = [
  ['the annex sample', annexWorkspace],
  ['one engagement', singleEngagementWorkspace],
  ['the annex sample with departments', withRaci],
  ['the saved-workspace sample', sampleWorkspace],
  ['the combined sample', buildCombinedTestWorkspace],
];

// Line breaks and spacing are layout; the characters and their order are the content.
const squeeze = (text: string) => text.replace(/\s+/g, '');

describe.each(['en', 'zh-CN'] as const)('the print view and the PDF in %s', (language) => {
  it.each(WORKSPACES)('say the same about %s', async (_name, make) => {
    const annex = buildAnnexModel(make(), await annexLabelsFor(language), {
      language,
      fingerprint: 'a3f1'.repeat(16),
    });
    const pdf = collectText(renderAnnexDocument(annex).content);
    const { container } = render(<AnnexView annex={annex} />);
    const printed = container.textContent ?? '';
    expect(squeeze(pdf).length).toBeGreaterThan(500);
    expect(squeeze(printed)).toBe(squeeze(pdf));
  });
});
