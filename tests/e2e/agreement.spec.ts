import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Download, Page } from '@playwright/test';
import { serialiseAgreedContent } from '../../src/model/agreement/canonical-content';
import type { Workspace } from '../../src/model/workspace';
import { expect, test } from './guarded-test';
import { closeShellDialog, downloadFromExportMenu, openShellDialog } from './shell';

/** A PaaS engagement on a public cloud between a named customer, provider and security vendor. */
const WORKSPACE_FILE = {
  format: 'shared-responsibility-workbench/workspace',
  schemaVersion: 2,
  workspace: {
    contract: { title: 'Bank core', version: '1.0', date: '2026-11-29', notes: '' },
    parties: [
      { id: 'acme', name: 'Acme Bank', roles: ['customer'] },
      { id: 'cloudco', name: 'CloudCo', roles: ['provider'] },
      { id: 'shield', name: 'ShieldCo', roles: ['securityVendor'] },
    ],
    engagements: [
      {
        id: 'e1',
        name: 'Core',
        resourceService: 'paas',
        mode: 'cloudService',
        customerPartyId: 'acme',
        providerPartyId: 'cloudco',
        securityServices: [{ id: 's1', vendorPartyId: 'shield', layers: 'default' }],
        operationsService: { id: 'o1', providerPartyId: 'cloudco', layers: 'default' },
      },
    ],
    overrides: [],
    channels: [],
    departments: [],
    raci: [],
  },
};

const seedPath = join(tmpdir(), `agreement-seed-${Date.now()}.json`);
writeFileSync(seedPath, JSON.stringify(WORKSPACE_FILE));

/** Opens the app in a context of its own, as one party, with the shared starting workspace. */
async function openAs(browser: Browser, party: string, problems: string[]): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`${party}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`${party}: ${e.message}`));
  await page.goto('/?lang=en');
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  const dialog = await openShellDialog(page, 'export');
  await dialog.getByLabel('Import a file (JSON or CSV)').setInputFiles(seedPath);
  await page.getByRole('button', { name: 'Replace the open workspace' }).click();
  await page.getByRole('button', { name: 'Replace', exact: true }).click();
  // The import closes the dialog and shows the imported work.
  await expect(dialog).toBeHidden();
  await agreementView(page);
  await page.getByLabel('I act for').selectOption({ label: party });
  return page;
}

async function agreementView(page: Page) {
  await page.getByRole('link', { name: 'Agreement' }).click();
  await expect(page.getByRole('heading', { name: 'Agreement between the parties' })).toBeVisible();
}

async function matrixView(page: Page) {
  await page.getByRole('link', { name: 'Matrix' }).click();
}

/** Edits contract fields in the contract details dialog; each is committed when it is left. */
async function editContract(page: Page, fields: Readonly<Record<string, string>>) {
  const dialog = await openShellDialog(page, 'contract');
  for (const [label, value] of Object.entries(fields)) {
    await dialog.getByLabel(label, { exact: true }).fill(value);
    await dialog.getByLabel(label, { exact: true }).blur();
  }
  await closeShellDialog(page);
}

async function saveDownload(file: Download): Promise<string> {
  const path = join(tmpdir(), `${Date.now()}-${Math.random()}-${file.suggestedFilename()}`);
  await file.saveAs(path);
  return path;
}

async function download(page: Page, click: () => Promise<void>): Promise<string> {
  const waiting = page.waitForEvent('download');
  await click();
  return saveDownload(await waiting);
}

const exportFile = async (page: Page, item: string) =>
  saveDownload(await downloadFromExportMenu(page, item));

const sendProposal = (page: Page) =>
  download(page, () => page.getByRole('button', { name: 'Send proposal' }).click());

async function openProposal(page: Page, path: string) {
  await page.getByLabel('Open a proposal (file)').setInputFiles(path);
  await expect(page.getByRole('heading', { name: /^Proposal from / })).toBeVisible();
}

async function applyAll(page: Page) {
  const acceptAll = page.getByRole('button', { name: 'Accept all remaining' });
  if (await acceptAll.isVisible()) await acceptAll.click();
  await page.getByRole('button', { name: /^Apply decisions/ }).click();
}

async function sign(page: Page, name: string, title: string) {
  await page.getByLabel('Signatory name').fill(name);
  await page.getByLabel('Signatory title').fill(title);
  await page.getByRole('button', { name: /^Sign as / }).click();
}

const fingerprintOf = (page: Page) => page.getByTestId('agreement-fingerprint').textContent();

test('three parties propose, answer, agree and sign one fingerprint; a later edit voids it', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const problems: string[] = [];
  const customer = await openAs(browser, 'Acme Bank', problems);
  const provider = await openAs(browser, 'CloudCo', problems);
  const vendor = await openAs(browser, 'ShieldCo', problems);

  // The customer changes three things: two contract fields and one cell, then proposes.
  await matrixView(customer);
  await editContract(customer, {
    'Contract title': 'Bank core platform',
    Notes: 'Signed with the master agreement.',
  });
  await customer
    .getByRole('button', { name: 'Cloud service provider, Business data', exact: true })
    .click();
  await customer.getByRole('button', { name: 'Change this cell' }).click();
  await customer.getByRole('button', { name: 'Add a duty' }).click();
  const duty = customer.getByRole('group', { name: 'Duty 1' });
  await duty.getByLabel('Duty', { exact: true }).selectOption('supporter');
  await duty.getByLabel('Carried by').selectOption('opsService');
  await customer.getByLabel('Reason for the change').fill('CloudCo backs up our data');
  await customer.getByRole('button', { name: 'Apply change' }).click();
  await agreementView(customer);
  await expect(customer.getByTestId('agreement-status')).toHaveText('Draft');
  const p1 = await sendProposal(customer);
  await expect(customer.getByTestId('agreement-status')).toHaveText('Proposed');

  // The provider sees the three changes as a redline, rejects the cell with a comment.
  await openProposal(provider, p1);
  await expect(
    provider.getByRole('heading', { name: 'Proposal from Acme Bank: 3 changes' }),
  ).toBeVisible();
  const cell = provider.getByRole('region', {
    name: /^Cell Core · Business data · Cloud service provider/,
  });
  await expect(cell).toContainText('changed by Acme Bank');
  await expect(cell).toContainText('CloudCo backs up our data');
  await cell.getByLabel('Reject').check();
  await cell.getByLabel('Comment').fill('We do not back up tenant data; buy the backup service.');
  await applyAll(provider);
  await expect(provider.getByText('Your counter-proposal is ready')).toBeVisible();
  const c2 = await sendProposal(provider);

  // The security vendor accepts the counter-proposal as it stands.
  await openProposal(vendor, c2);
  await expect(
    vendor.getByRole('heading', { name: 'Proposal from CloudCo: 2 changes' }),
  ).toBeVisible();
  await applyAll(vendor);
  await expect(vendor.getByText('You now hold the proposed version')).toBeVisible();

  // The customer sees the one change (three-way against what it proposed) with the comment, accepts.
  await openProposal(customer, c2);
  await expect(
    customer.getByRole('heading', { name: 'Proposal from CloudCo: 1 changes' }),
  ).toBeVisible();
  await expect(customer.getByText('last version you both had')).toBeVisible();
  const answer = customer.getByRole('region', { name: /^Cell Core · Business data/ });
  await expect(answer).toContainText('changed by CloudCo');
  await expect(answer).toContainText('buy the backup service');
  await applyAll(customer);
  await expect(customer.getByText('You now hold the proposed version')).toBeVisible();

  const agreed = await fingerprintOf(customer);
  expect(agreed).toMatch(/^[0-9a-f]{64}$/);
  expect(await fingerprintOf(provider)).toBe(agreed);
  expect(await fingerprintOf(vendor)).toBe(agreed);

  // Signatures travel with the files: customer → vendor → provider → everyone.
  await sign(customer, 'Li Lei', 'CISO');
  const s1 = await sendProposal(customer);
  await openProposal(vendor, s1);
  await applyAll(vendor);
  await sign(vendor, 'Han Meimei', 'Account lead');
  const s2 = await sendProposal(vendor);
  await openProposal(provider, s2);
  await applyAll(provider);
  await sign(provider, 'Wang Fang', 'Compliance');
  await expect(provider.getByTestId('agreement-status')).toHaveText('Agreed');
  const s3 = await sendProposal(provider);
  for (const page of [customer, vendor]) {
    await openProposal(page, s3);
    await applyAll(page);
    await expect(page.getByTestId('agreement-status')).toHaveText('Agreed');
    expect(await fingerprintOf(page)).toBe(agreed);
  }

  // Every party's PDF annex shows the same fingerprint, equal to the JSON's recomputed one.
  for (const page of [customer, provider, vendor]) {
    await matrixView(page);
    const pdf = await exportFile(page, 'Download contract annex (PDF)');
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text.replace(/\s+/g, '')).toContain(agreed);
    expect(text).toContain('Agreed');
    expect(text).toContain('Wang Fang');
    expect(text).toContain('rejected the change of Acme Bank');
    const json = await exportFile(page, 'Download workspace (JSON)');
    const document = JSON.parse(readFileSync(json, 'utf8')) as {
      workspace: Workspace;
      fingerprint: string;
    };
    const recomputed = createHash('sha256')
      .update(serialiseAgreedContent(document.workspace), 'utf8')
      .digest('hex');
    expect(recomputed).toBe(agreed);
    expect(document.fingerprint).toBe(agreed);
    await agreementView(page);
    await page.getByLabel('Verify a file (JSON)').setInputFiles(json);
    await expect(page.getByTestId('verify-result')).toContainText(
      'matches this workspace’s agreed version',
    );
  }

  // One more edit voids the signatures, and the app says which edit did it.
  await matrixView(customer);
  await editContract(customer, { Notes: 'Changed after signing.' });
  await agreementView(customer);
  await expect(customer.getByTestId('agreement-status')).toHaveText('Draft');
  await expect(customer.getByRole('alert')).toContainText('Signatures void');
  await expect(customer.getByRole('alert')).toContainText('Contract Notes');
  await expect(customer.getByRole('cell', { name: 'void' })).toHaveCount(3);
  expect(problems).toEqual([]);
});
