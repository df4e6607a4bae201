import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportOscal } from '@/export/oscal/export-oscal';
import { goldenWorkspace } from '../fixtures/csv/golden-workspace';
import { arbitraryWorkspace } from '../support/arbitrary-workspace';
import { oscalLabels } from '../support/oscal-labels';

// The labels load their texts the way the export does (loadTranslate), once for the file.
const LABELS = { en: await oscalLabels('en'), 'zh-CN': await oscalLabels('zh-CN') };

// The schemas are copies of ../shared/vendor/oscal/1.2.2 (see tests/fixtures/oscal/README.md),
// compiled as the vendor notes advise: strict off, formats on, unicode patterns on.
function compile(file: string): ValidateFunction {
  const path = fileURLToPath(new URL(`../fixtures/oscal/${file}`, import.meta.url));
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(path, 'utf8')));
}

const validateSsp = compile('oscal_ssp_schema.json');
const validateCatalog = compile('oscal_catalog_schema.json');

const OPTIONS = {
  workspaceKey: 'ws-1',
  lastModified: '2026-12-07T00:00:00Z',
  catalogHref: 'catalog.json',
  // The agreement's fingerprint rides as a metadata prop; the schema must accept it.
  fingerprint: '0123456789abcdef'.repeat(4),
};

function expectValid(validate: ValidateFunction, text: string) {
  const valid = validate(JSON.parse(text));
  expect(validate.errors ?? [], 'schema errors').toEqual([]);
  expect(valid).toBe(true);
}

describe('OSCAL export against the OSCAL 1.2.2 JSON Schemas', () => {
  it.each(['en', 'zh-CN'] as const)(
    'writes a valid SSP and catalogue of the golden workspace (%s)',
    (language) => {
      const files = exportOscal(goldenWorkspace(), LABELS[language], OPTIONS);
      expectValid(validateSsp, files.ssp);
      expectValid(validateCatalog, files.catalog);
    },
  );

  it('rejects a broken SSP, so the check is not empty', () => {
    const files = exportOscal(goldenWorkspace(), LABELS['en'], OPTIONS);
    const broken = JSON.parse(files.ssp);
    broken['system-security-plan'].uuid = 'not-a-uuid';
    expect(validateSsp(broken)).toBe(false);
  });

  it('writes valid documents for any workspace, nasty texts and ids included', () => {
    fc.assert(
      fc.property(arbitraryWorkspace(), (workspace) => {
        const files = exportOscal(workspace, LABELS['zh-CN'], OPTIONS);
        expectValid(validateSsp, files.ssp);
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it('gives the same UUIDs on a re-export of the same workspace, and others for another key', () => {
    const first = exportOscal(goldenWorkspace(), LABELS['en'], OPTIONS).ssp;
    expect(exportOscal(goldenWorkspace(), LABELS['en'], OPTIONS).ssp).toBe(first);
    const other = exportOscal(goldenWorkspace(), LABELS['en'], {
      ...OPTIONS,
      workspaceKey: 'ws-2',
    });
    expect(JSON.parse(other.ssp)['system-security-plan'].uuid).not.toBe(
      JSON.parse(first)['system-security-plan'].uuid,
    );
  });
});
