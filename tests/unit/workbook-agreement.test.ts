import { describe, expect, it } from 'vitest';
import { fingerprintWorkspace } from '@/export/agreement/fingerprint';
import { exportOscal } from '@/export/oscal/export-oscal';
import { buildWorkbook } from '@/export/xlsx/build-workbook';
import { agreementAnnexFor } from '@/features/import-export/agreement-annex-for';
import { workbookLabelsFor } from '@/features/import-export/workbook-labels-from';
import type { Language } from '@/i18n/languages';
import { EMPTY_AGREEMENT } from '@/model/agreement/agreement';
import { shortFingerprint } from '@/model/agreement/agreement-status';
import type { Workspace } from '@/model/workspace';
import { OSCAL_NS } from '@/schema/oscal-format';
import { goldenWorkspace } from '../fixtures/csv/golden-workspace';
import { oscalLabels } from '../support/oscal-labels';
import { type ReadSheet, readXlsx } from '../support/read-xlsx';

// The golden workspace with a joint response (its notice starts like a formula) for the engagement
// with a security vendor, and nothing for the other, which needs none.
function jointWorkspace(): Workspace {
  return {
    ...goldenWorkspace(),
    jointResponses: [
      {
        engagementId: 'core',
        notification: '=Shield notifies the bank and CloudCo',
        timeliness: '1 hour',
        coordinatorPartyId: 'bank',
      },
    ],
  };
}

// Signed by every party on the workspace's current content, except the vendor on an older one.
async function signedWorkspace(): Promise<Workspace> {
  const workspace = jointWorkspace();
  const { fingerprint } = await fingerprintWorkspace(workspace);
  const sign = (partyId: string, name: string, print: string) => ({
    partyId,
    name,
    title: 'CISO',
    date: '2026-12-01',
    at: '2026-12-01T09:00:00Z',
    fingerprint: print,
  });
  return {
    ...workspace,
    agreement: {
      ...EMPTY_AGREEMENT,
      signatures: [
        sign('bank', '王五', fingerprint),
        sign('cloud', 'Ann Lee', fingerprint),
        sign('shield', '@Mallory', 'f'.repeat(64)),
      ],
    },
  };
}

async function workbookOf(workspace: Workspace, language: Language) {
  const agreement = await agreementAnnexFor(workspace, language);
  const blob = await buildWorkbook(workspace, await workbookLabelsFor(language), { agreement });
  return readXlsx(new Uint8Array(await blob.arrayBuffer()));
}

/** The texts of one row of a sheet, by column letter A to H. */
function row(sheet: ReadSheet | undefined, number: number): string[] {
  return [...'ABCDEFGH'].map((column) => sheet?.cells.get(`${column}${number}`) ?? '');
}

/** The row number whose first cell is the text. */
function rowOf(sheet: ReadSheet | undefined, text: string): number {
  const found = [...(sheet?.cells ?? [])].find(
    ([ref, value]) => /^A\d+$/.test(ref) && value === text,
  );
  if (!found) throw new Error(`no row starts with ${text}`);
  return Number(found[0].slice(1));
}

describe('Excel workbook: joint response and agreement', () => {
  it.each([
    {
      language: 'en',
      heading: 'Joint response to security incidents',
      header: ['Engagement', 'Who notifies whom', 'Within what time', 'Who coordinates'],
      engagement: 'Engagement 1: 核心系统 IaaS',
      none: 'None agreed.',
    },
    {
      language: 'zh-CN',
      heading: '安全事件联动处置',
      header: ['合作', '由谁通知谁', '时限', '由谁协调'],
      engagement: '合作 1：核心系统 IaaS',
      none: '尚未约定。',
    },
  ] as const)(
    'lists the joint response under the plan in the annex’s words ($language)',
    async ({ language, heading, header, engagement, none }) => {
      const workspace = jointWorkspace();
      const plan = (await workbookOf(workspace, language)).sheets[6];
      const at = rowOf(plan, heading);
      expect(row(plan, at + 2).slice(0, 4)).toEqual(header);
      // Formula-safe like every other cell: the notice keeps its text behind a quote.
      expect(row(plan, at + 3).slice(0, 4)).toEqual([
        engagement,
        "'=Shield notifies the bank and CloudCo",
        '1 hour',
        '某银行 "总行"',
      ]);
      // An engagement with a security vendor and no entry says none is agreed.
      const withoutEntry = await workbookOf({ ...workspace, jointResponses: [] }, language);
      const empty = withoutEntry.sheets[6];
      expect(row(empty, rowOf(empty, heading) + 3).slice(0, 2)).toEqual([engagement, none]);
    },
  );

  it('writes no joint-response table when no engagement needs one', async () => {
    const workspace = { ...goldenWorkspace(), engagements: goldenWorkspace().engagements.slice(1) };
    const plan = (await workbookOf(workspace, 'en')).sheets[5];
    expect([...(plan?.cells.values() ?? [])]).not.toContain('Joint response to security incidents');
  });

  it.each([
    ['en', 'Fingerprint (SHA-256)', 'Status', 'Agreed', 'Proposed', 'valid', 'void'],
    ['zh-CN', '指纹（SHA-256）', '状态', '已确认', '已提出', '有效', '已失效'],
  ] as const)(
    'carries the fingerprint, the status and the signatures on the sign-off sheet (%s)',
    async (language, fingerprintLabel, statusLabel, agreed, proposed, valid, voided) => {
      const workspace = await signedWorkspace();
      const { fingerprint } = await fingerprintWorkspace(workspace);
      const signOff = (await workbookOf(workspace, language)).sheets.at(-1);
      expect(row(signOff, rowOf(signOff, fingerprintLabel))[1]).toBe(fingerprint);
      expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);
      // The vendor's signature is on older content, so not every party has signed this version.
      expect(row(signOff, rowOf(signOff, statusLabel))[1]).toBe(proposed);
      expect(row(signOff, 4)).toEqual([
        '某银行 "总行"',
        row(signOff, 4)[1],
        '王五',
        'CISO',
        '2026-12-01',
        '',
        shortFingerprint(fingerprint),
        valid,
      ]);
      expect(row(signOff, 6).slice(0, 3)).toEqual([
        "'@Shield 安全",
        row(signOff, 6)[1],
        "'@Mallory",
      ]);
      expect(row(signOff, 6).slice(6)).toEqual([shortFingerprint('f'.repeat(64)), voided]);
      // Once every party signs the current content, the sheet says it is agreed.
      const current = {
        ...workspace,
        agreement: {
          ...EMPTY_AGREEMENT,
          signatures: (workspace.agreement?.signatures ?? []).map((s) => ({ ...s, fingerprint })),
        },
      };
      const agreedSheet = (await workbookOf(current, language)).sheets.at(-1);
      expect(row(agreedSheet, rowOf(agreedSheet, statusLabel))[1]).toBe(agreed);
    },
  );
});

describe('OSCAL SSP: the agreement fingerprint', () => {
  it('carries the fingerprint of the workspace as a metadata prop in our namespace', async () => {
    const workspace = await signedWorkspace();
    const { fingerprint } = await fingerprintWorkspace(workspace);
    const files = exportOscal(workspace, await oscalLabels('en'), {
      workspaceKey: 'ws-1',
      lastModified: '2026-12-07T00:00:00Z',
      catalogHref: 'catalog.json',
      fingerprint,
    });
    const props = JSON.parse(files.ssp)['system-security-plan'].metadata.props;
    expect(props).toContainEqual({ name: 'content-fingerprint', ns: OSCAL_NS, value: fingerprint });
  });
});
