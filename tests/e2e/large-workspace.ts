// The enterprise workspace of the scale tests (500 engagements, 100 parties, generated, not stored),
// opened the way a user would: imported through the export dialog as a new workspace.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { generateWorkspaceDocument } from '../../scripts/bench/workspace-fixture.mjs';
import { expect } from './guarded-test';
import { closeShellDialog, openShellDialog } from './shell';

/** Writes the generated workspace as a JSON file in the temp folder and returns its path. */
export function writeLargeWorkspace(): string {
  const path = join(tmpdir(), `workspace-500-${process.pid}-${Date.now()}.json`);
  writeFileSync(path, JSON.stringify(generateWorkspaceDocument(500, 100)));
  return path;
}

/**
 * Opens the app in English, imports the large workspace as a new one and waits until it is open and
 * saved. `whileReading` runs while the file is being read (before the user's choice).
 */
export async function openLargeWorkspace(
  page: Page,
  whileReading: () => Promise<void> = async () => {},
): Promise<void> {
  await page.goto('/?lang=en');
  const saved = page.getByRole('status').filter({ hasText: 'All changes saved' });
  await expect(saved).toBeVisible({ timeout: 15_000 });
  await openShellDialog(page, 'export');
  await page.getByLabel('Import a file (JSON or CSV)').setInputFiles(writeLargeWorkspace());
  await whileReading();
  await page.getByRole('button', { name: 'Open as a new workspace' }).click();
  await expect(page.getByRole('dialog')).toBeHidden({ timeout: 15_000 });
  const contract = await openShellDialog(page, 'contract');
  await expect(contract.getByLabel('Contract title')).toHaveValue('Benchmark 500 engagements', {
    timeout: 15_000,
  });
  await closeShellDialog(page);
  await expect(saved).toBeVisible({ timeout: 15_000 });
}

/** Counts the files the page hands to the browser from now on: a cancelled export must save none. */
export function countDownloads(page: Page): () => number {
  let downloads = 0;
  page.on('download', () => {
    downloads += 1;
  });
  return () => downloads;
}
