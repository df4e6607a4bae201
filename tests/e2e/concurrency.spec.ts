import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './guarded-test';
import { readAllRecords } from './idb-helpers';
import { openShellDialog, type ShellDialogName } from './shell';

/*
 * Three tabs on one workspace, a few hundred edits typed into its text fields in random tabs, with
 * random reloads, closes and pauses between them; then every edit the user saw applied must be in
 * the final workspace, in a version the app flagged (a recovered copy), or have been overwritten
 * by a later edit typed in a tab that showed it. Each edit types a unique token; typing that lands
 * while another tab's change arrives may join the two (as it would for a person typing), so a token
 * counts as kept wherever it appears in the field. Edits are real typing in the UI (the fields commit
 * through the store's one edit path); half the time the field is left, half the time not, so typing
 * in progress is tested too. The sequence of actions comes from a seed (printed; set it with
 * WB_CONCURRENCY_SEED to replay it, WB_CONCURRENCY_EDITS for the number of edits); the timing
 * between tabs is the machine's own. The fields live in the action bar's dialogs (contract details,
 * workspaces): a tab opens the field's dialog when it is not open, closes another one with its Close
 * button first, and now and then closes the dialog after typing; reloads and closes happen with the
 * dialog open and what was typed in it not yet committed.
 */

const SEED = Number(process.env.WB_CONCURRENCY_SEED ?? Math.floor(Math.random() * 2 ** 31));
const EDITS = Number(process.env.WB_CONCURRENCY_EDITS ?? 300);
const TABS = 3;

/** A small seeded generator (mulberry32): the same seed gives the same actions. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** The fields edited, and where each is found in a stored record. */
const FIELDS: readonly {
  readonly label: string;
  readonly dialog: ShellDialogName;
  readonly read: (r: StoredRecord) => string | undefined;
}[] = [
  {
    label: 'Contract title',
    dialog: 'contract',
    read: (r) => r.document?.workspace?.contract?.title,
  },
  { label: 'Version', dialog: 'contract', read: (r) => r.document?.workspace?.contract?.version },
  { label: 'Notes', dialog: 'contract', read: (r) => r.document?.workspace?.contract?.notes },
  { label: 'Workspace name', dialog: 'workspaces', read: (r) => r.name },
];

const DIALOG_NAMES: Readonly<Record<ShellDialogName, string>> = {
  contract: 'Contract details',
  workspaces: 'Workspaces',
  templates: 'Templates',
  export: 'Export and share',
};

/**
 * The field's dialog, opened if it is not: another dialog open is closed with its Close button
 * (leaving the field, which commits it), as Escape would put a field's committed value back.
 */
async function dialogFor(page: Page, which: ShellDialogName) {
  // A person types in the tab in front; a background tab's clicks may never see a stable button.
  await page.bringToFront();
  const dialog = page.getByRole('dialog', { name: DIALOG_NAMES[which] });
  if (await dialog.isVisible()) return dialog;
  const open = page.getByRole('dialog');
  if (await open.isVisible()) {
    await open.getByRole('button', { name: 'Close', exact: true }).click();
    await open.waitFor({ state: 'hidden' });
  }
  return openShellDialog(page, which);
}

interface StoredRecord {
  readonly name?: string;
  readonly recoveredFrom?: string;
  readonly document?: {
    workspace?: { contract?: { title?: string; version?: string; notes?: string } };
  };
}

interface Edit {
  readonly field: number;
  readonly token: string;
  /** What the field showed just before: an edit the user saw there and typed over. */
  readonly previous: string;
}

async function openTab(context: BrowserContext, errors: string[]): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript(() => {
    document.addEventListener(
      'beforeinput',
      (event) => {
        const field = event.target as HTMLInputElement;
        (window as unknown as Window & { __previous: string }).__previous = field.value;
      },
      true,
    );
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto('/?lang=en');
  return page;
}

test('no edit is lost: three tabs, random edits, reloads and closes', async ({ context }) => {
  test.setTimeout(240_000);
  console.log(`concurrency test: seed ${SEED} (WB_CONCURRENCY_SEED=${SEED} replays it)`);
  test.info().annotations.push({ type: 'seed', description: String(SEED) });
  const next = random(SEED);
  const pick = (n: number) => Math.floor(next() * n);
  const errors: string[] = [];
  const tabs: Page[] = [];
  for (let i = 0; i < TABS; i++) {
    const page = await openTab(context, errors);
    await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible({
      timeout: 30_000,
    });
    tabs.push(page);
  }
  const edits: Edit[] = [];
  const counts = { reloads: 0, closes: 0, reloadAll: 0, pauses: 0 };
  // What happened, in order, to replay a failure by eye.
  const log: string[] = [];
  const started = Date.now();
  while (edits.length < EDITS) {
    const tab = pick(TABS);
    const page = tabs[tab] as Page;
    const roll = next();
    if (roll < 0.86) {
      const field = pick(FIELDS.length);
      const { label, dialog } = FIELDS[field] as (typeof FIELDS)[number];
      const input = (await dialogFor(page, dialog)).getByLabel(label, { exact: true });
      // Bracketed, so one token never contains another (e3, e31).
      const token = `[e${edits.length}]`;
      await input.fill(token);
      // What the field held the moment the typing replaced it (another tab's change may have
      // arrived just before), as the page saw it.
      const previous = await page.evaluate(
        () => (window as unknown as Window & { __previous: string }).__previous,
      );
      edits.push({ field, token, previous });
      const leave = next() < 0.5;
      if (leave) await input.press('Tab');
      // Now and then the dialog is closed right after the typing (its fields commit as they go).
      const close = next() < 0.1;
      if (close) {
        await page.getByRole('dialog').getByRole('button', { name: 'Close', exact: true }).click();
        await page.getByRole('dialog').waitFor({ state: 'hidden' });
      }
      log.push(
        `tab ${tab}: ${label} ${previous} -> ${token}${leave ? ', left' : ''}${close ? ', closed' : ''}`,
      );
    } else if (roll < 0.9) {
      counts.reloads++;
      log.push(`tab ${tab}: reload`);
      await page.reload({ waitUntil: 'commit' });
    } else if (roll < 0.92) {
      counts.closes++;
      log.push(`tab ${tab}: close`);
      await page.close({ runBeforeUnload: true });
      tabs[tab] = await openTab(context, errors);
    } else if (roll < 0.93) {
      counts.reloadAll++;
      log.push('all tabs: reload');
      await Promise.all(tabs.map((p) => p.reload({ waitUntil: 'commit' })));
    } else {
      counts.pauses++;
      const ms = pick(600);
      log.push(`pause ${ms} ms`);
      await page.waitForTimeout(ms);
    }
  }
  // Every tab closes at once, as a window does; a new tab then opens what was kept.
  await Promise.all(tabs.map((p) => p.close({ runBeforeUnload: true })));
  const last = await openTab(context, errors);
  await expect(last.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible({
    timeout: 30_000,
  });
  const records = Object.entries(await readAllRecords(last))
    .filter(([key]) => key.startsWith('workspace:'))
    .map(([, value]) => value as StoredRecord);
  const main = records.filter((r) => !r.recoveredFrom);
  const flagged = records.filter((r) => r.recoveredFrom);
  const lost = edits.filter(
    (edit) =>
      !records.some((r) => FIELDS[edit.field]?.read(r)?.includes(edit.token)) &&
      !edits.some((other) => other.field === edit.field && other.previous.includes(edit.token)),
  );
  const seconds = Math.round((Date.now() - started) / 1000);
  const summary = `seed ${SEED}: ${edits.length} edits in ${TABS} tabs, ${counts.reloads} reloads, ${counts.reloadAll} reloads of all tabs, ${counts.closes} closes, ${counts.pauses} pauses, ${seconds} s; ${flagged.length} recovered copies; lost ${lost.length}`;
  console.log(summary);
  if (lost.length > 0) {
    console.log(log.join('\n'));
    console.log(
      JSON.stringify(
        records.map((r) => [r.name, r.recoveredFrom ?? '', r.document?.workspace?.contract]),
      ),
    );
  }
  test.info().annotations.push({ type: 'result', description: summary });
  expect(main, 'one workspace, plus flagged copies').toHaveLength(1);
  expect(lost.map((e) => `${e.token} in ${FIELDS[e.field]?.label}`)).toEqual([]);
  expect(errors).toEqual([]);
});
