// An enterprise workspace (500 engagements, 100 parties, generated here, not stored): the contract
// annex PDF is made in the export worker, so the page answers clicks while it runs, shows how far it
// is, and Cancel stops it without saving anything.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateWorkspaceDocument } from '../../scripts/bench/workspace-fixture.mjs';
import { expect, test } from './guarded-test';

function writeLargeWorkspace(): string {
  const path = join(tmpdir(), `workspace-500-${process.pid}-${Date.now()}.json`);
  writeFileSync(path, JSON.stringify(generateWorkspaceDocument(500, 100)));
  return path;
}

test('a 500-engagement PDF export leaves the page answering, and Cancel stops it', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/?lang=en');
  const saved = page.getByRole('status').filter({ hasText: 'All changes saved' });
  await expect(saved).toBeVisible({ timeout: 15_000 });
  await page.getByLabel('Import a file (JSON or CSV)').setInputFiles(writeLargeWorkspace());
  await page.getByRole('button', { name: 'Open as a new workspace' }).click();
  await expect(page.getByLabel('Contract title')).toHaveValue('Benchmark 500 engagements', {
    timeout: 15_000,
  });
  await expect(saved).toBeVisible({ timeout: 15_000 });

  let downloads = 0;
  page.on('download', () => {
    downloads += 1;
  });
  await page.getByRole('button', { name: 'Download contract annex (PDF)' }).click();
  const progress = page.getByRole('progressbar', { name: 'Making the PDF annex' });
  await expect(progress).toBeVisible();
  // 15 % once the library and fonts are loaded: the worker is laying out the pages.
  await expect
    .poll(async () => Number(await progress.getAttribute('value')), { timeout: 30_000 })
    .toBeGreaterThanOrEqual(15);

  // While the worker lays out pages (tens of seconds on a busy machine), a frame comes and a click
  // on the matrix is answered within moments; on the main thread the export held the page throughout.
  // The limits leave room for a shared, loaded test machine.
  const cell = page.getByRole('button', {
    name: 'Cloud service provider, Business data',
    exact: true,
  });
  const answered = await page.evaluate(async () => {
    const start = performance.now();
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    return performance.now() - start;
  });
  expect(answered).toBeLessThan(1_000);
  await cell.click({ timeout: 5_000 });
  await expect(page.getByRole('button', { name: 'Change this cell' })).toBeVisible({
    timeout: 5_000,
  });
  await expect(progress).toBeVisible();

  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(progress).toBeHidden();
  await expect(
    page.getByRole('status').filter({ hasText: 'The export was cancelled; nothing was saved.' }),
  ).toBeVisible();
  await page.waitForTimeout(3_000);
  expect(downloads).toBe(0);

  // A new export after the cancel starts a fresh worker and still works.
  await page.getByRole('button', { name: 'Download contract annex (PDF)' }).click();
  await expect(progress).toBeVisible();
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(progress).toBeHidden();
  expect(downloads).toBe(0);
});
