import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadTranslate } from '@/i18n/load-translate';
import type { Workspace } from '@/model/workspace';
import { parseWorkspaceDocument } from '@/schema/parse-workspace-document';
import { generatedWorkspaceDocument } from '../../../tests/support/generated-workspace';
import { prepareCsvAhead, prepareWorkspaceCsv } from './export-files';

const saved: Blob[] = [];
vi.mock('@/export/download', () => ({
  downloadFile: (_name: string, file: Blob) => saved.push(file),
}));

function workspaceOf(engagements: number): Workspace {
  const parsed = parseWorkspaceDocument(generatedWorkspaceDocument(engagements, 5));
  if (!parsed.ok) throw new Error('the generated workspace does not parse');
  return parsed.value;
}

async function saveCsv(workspace: Workspace, language: 'en' | 'zh-CN' = 'en'): Promise<Blob> {
  const f = await loadTranslate(language, 'files');
  (await prepareWorkspaceCsv(workspace, f, f)).save();
  return saved.at(-1) as Blob;
}

let cancel = () => {};

/**
 * Prepares the CSV ahead as the open export dialog does, and waits for its idle task (a timer where
 * there are no idle callbacks, as here) and the code it loads.
 */
async function prepareAhead(workspace: Workspace): Promise<void> {
  const f = await loadTranslate('en', 'files');
  cancel = prepareCsvAhead(workspace, f, f);
  await new Promise((resolve) => setTimeout(resolve, 300));
}
afterEach(() => {
  cancel();
  saved.length = 0;
});

describe('the CSV written ahead of the click', () => {
  it('is the file the click saves, the same as one written on the click', async () => {
    const workspace = workspaceOf(50);
    await prepareAhead(workspace);
    const first = await saveCsv(workspace);
    expect(await saveCsv(workspace)).toBe(first);
    cancel();
    const written = await saveCsv(workspace);
    expect(written).not.toBe(first);
    expect(await written.text()).toBe(await first.text());
    expect(first.type).toBe('text/csv;charset=utf-8');
  });

  it('is not used for an edited workspace or another language', async () => {
    const workspace = workspaceOf(3);
    await prepareAhead(workspace);
    const ahead = await saveCsv(workspace);
    const edited = { ...workspace, contract: { ...workspace.contract, title: 'Edited' } };
    const editedFile = await saveCsv(edited);
    expect(editedFile).not.toBe(ahead);
    const chinese = await saveCsv(workspace, 'zh-CN');
    expect(chinese).not.toBe(ahead);
    expect(await chinese.text()).toContain('云服务客户');
  });

  it('is written for up to 100 engagements only, so the idle task stays short', async () => {
    const kept: boolean[] = [];
    for (const size of [100, 101]) {
      const workspace = workspaceOf(size);
      await prepareAhead(workspace);
      const first = await saveCsv(workspace);
      kept.push((await saveCsv(workspace)) === first);
      cancel();
    }
    expect(kept).toEqual([true, false]);
  });
});
