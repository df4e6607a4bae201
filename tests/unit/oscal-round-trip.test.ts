import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportOscal } from '@/export/oscal/export-oscal';
import { importOscalSsp } from '@/import/oscal/import-oscal-ssp';
import { deriveMatrix } from '@/model/derive-matrix';
import type { Workspace } from '@/model/workspace';
import { goldenWorkspace } from '../fixtures/csv/golden-workspace';
import { arbitraryWorkspace } from '../support/arbitrary-workspace';
import { oscalLabels } from '../support/oscal-labels';

// The labels load their texts the way the export does (loadTranslate), once for the file.
const LABELS = { en: await oscalLabels('en'), 'zh-CN': await oscalLabels('zh-CN') };

// Export and import may not import each other (docs/architecture.md), so this test lives here.
const OPTIONS = { workspaceKey: 'k', lastModified: '2026-12-07T00:00:00Z', catalogHref: 'c.json' };

function roundTrip(workspace: Workspace, language: 'en' | 'zh-CN' = 'en'): Workspace {
  const result = importOscalSsp(exportOscal(workspace, LABELS[language], OPTIONS).ssp);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

function matrices(workspace: Workspace) {
  return workspace.engagements.map((engagement) => deriveMatrix(engagement, workspace.overrides));
}

describe('OSCAL SSP export and import agree', () => {
  it('gives back the contract, parties, engagements and every matrix, for any workspace', () => {
    fc.assert(
      fc.property(
        arbitraryWorkspace(),
        fc.constantFrom('en' as const, 'zh-CN' as const),
        (workspace, language) => {
          const back = roundTrip(workspace, language);
          expect(back.contract).toEqual(workspace.contract);
          expect(back.parties).toEqual(workspace.parties);
          expect(back.engagements).toEqual(workspace.engagements);
          expect(matrices(back)).toEqual(matrices(workspace));
        },
      ),
      { numRuns: 200 },
    );
  }, 60_000);

  it('keeps the changed cells of the golden workspace with their reasons', () => {
    const golden = goldenWorkspace();
    const back = roundTrip(golden);
    expect(matrices(back)).toEqual(matrices(golden));
    expect(back.overrides.map((o) => o.reason)).toEqual(
      expect.arrayContaining(golden.overrides.map((o) => o.reason)),
    );
  });

  it.each([
    ['not JSON', '{ oops', 'json-syntax'],
    ['a catalogue, not an SSP', '{"catalog":{}}', 'oscal-not-ssp'],
    [
      'an SSP from elsewhere',
      JSON.stringify({ 'system-security-plan': { metadata: { title: 'x' } } }),
      'oscal-not-ours',
    ],
  ])('refuses %s without throwing', (_name, text, code) => {
    const result = importOscalSsp(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.code).toBe(code);
  });
});
