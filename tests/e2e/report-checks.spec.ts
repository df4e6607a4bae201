import type { Page } from '@playwright/test';
import { expect, test } from './guarded-test';

/** The words of the two new checks and their fixes, per language. */
const WORDS = {
  en: {
    checks: 'Checks',
    managed: /managed operations/,
    software: /Cloud software delivery/,
    ops: 'Operations service',
    security: 'Security service',
    managedTitle: 'Managed delivery without an operations service',
    restore: 'Add the operations service back',
    switchMode: 'Switch to cloud software delivery',
    jointTitle: 'No joint response to incidents between the parties',
    addJoint: 'Add a joint response',
    goToOperations: 'Go to the operations service in Parties and engagements',
    goToJoint: 'Go to the joint response in Information sharing',
  },
  'zh-CN': {
    checks: '原则检查',
    managed: /云软件交付\+服务托管模式/,
    software: /^云软件交付模式/,
    ops: '运维运营服务',
    security: '安全服务',
    managedTitle: '云软件交付+服务托管模式下缺少云运维运营服务',
    restore: '重新加入云运维运营服务',
    switchMode: '改为云软件交付模式',
    jointTitle: '各方之间缺少安全事件联动处置安排',
    addJoint: '添加联动处置安排',
    goToOperations: '前往“参与方与合作”的云运维运营服务',
    goToJoint: '前往“信息共享”的安全事件联动处置',
  },
} as const;

function checks(page: Page, language: keyof typeof WORDS) {
  return page.getByRole('region', { name: WORDS[language].checks });
}

for (const language of ['en', 'zh-CN'] as const) {
  const w = WORDS[language];

  test(`managed delivery without its operations service is flagged and fixed in ${language}`, async ({
    page,
  }) => {
    await page.goto(`/?type=paas&mode=managedDelivery&lang=${language}`);
    const opsSwitch = page.getByRole('switch', { name: w.ops });
    await expect(opsSwitch).toBeChecked();
    await expect(checks(page, language).getByText(w.managedTitle)).toHaveCount(0);

    await opsSwitch.uncheck();
    await expect(checks(page, language).getByText(w.managedTitle)).toBeVisible();
    await checks(page, language).getByRole('button', { name: w.restore }).click();
    await expect(opsSwitch).toBeChecked();
    await expect(checks(page, language).getByText(w.managedTitle)).toHaveCount(0);

    await opsSwitch.uncheck();
    await checks(page, language).getByRole('button', { name: w.switchMode }).click();
    await expect(page.getByRole('radio', { name: w.software })).toBeChecked();
    await expect(checks(page, language).getByText(w.managedTitle)).toHaveCount(0);
  });

  test(`an engagement with a security vendor asks for a joint response in ${language}`, async ({
    page,
  }) => {
    await page.goto(`/?type=iaas&mode=cloudService&lang=${language}`);
    await expect(checks(page, language).getByText(w.jointTitle)).toHaveCount(0);
    await page.getByRole('switch', { name: w.security, exact: true }).check();
    await expect(checks(page, language).getByText(w.jointTitle)).toBeVisible();
    await checks(page, language).getByRole('button', { name: w.addJoint }).click();
    await expect(checks(page, language).getByText(w.jointTitle)).toHaveCount(0);
  });

  test(`a finding links to where it is fixed, and the link focuses it, in ${language}`, async ({
    page,
  }) => {
    await page.goto(`/?type=paas&mode=managedDelivery&lang=${language}`);
    await page.getByRole('switch', { name: w.ops }).uncheck();
    await checks(page, language).getByRole('button', { name: w.goToOperations }).click();
    // The engagement card's operations switch, in the parties view.
    const focused = page.locator('[id^="engagement-operations-"]');
    await expect(focused).toBeFocused();
    await expect(focused).toBeInViewport();

    await page.goto(`/?type=iaas&mode=cloudService&lang=${language}`);
    await page.getByRole('switch', { name: w.security, exact: true }).check();
    await checks(page, language).getByRole('button', { name: w.goToJoint }).click();
    await expect(page.locator('#plan-joint-heading')).toBeFocused();
  });
}

test('the plan edits and removes the joint response, undoably', async ({ page }) => {
  await page.goto('/?type=iaas&mode=cloudService&lang=en');
  await page.getByRole('switch', { name: 'Security service', exact: true }).check();
  await checks(page, 'en').getByRole('button', { name: 'Add a joint response' }).click();
  await page.getByRole('link', { name: 'Information sharing' }).click();
  const joint = page.getByRole('region', { name: 'Joint response to security incidents' });
  const within = joint.getByLabel(/^Within what time, /);
  await expect(within).toHaveValue(/First notice within 1 hour/);
  await within.fill('Within 30 minutes');
  await within.press('Enter');
  await joint.getByRole('button', { name: /^Remove the joint response/ }).click();
  await expect(joint.getByText('None agreed yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(joint.getByLabel(/^Within what time, /)).toHaveValue('Within 30 minutes');
});
