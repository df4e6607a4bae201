import type { Browser, Page } from '@playwright/test';
import { expect, test } from './guarded-test';

// The first screen is prerendered into index.html at build time (both languages) and hydrated
// (src/app/first-screen.ts, public/first-screen.js, scripts/prerender-plugin.ts).

const HEADING = { en: 'Shared Responsibility Workbench', 'zh-CN': '云安全责任共担工作台' } as const;
const SAVED = { en: 'All changes saved', 'zh-CN': '所有更改已保存' } as const;
const CHECKS = { en: 'Checks', 'zh-CN': '原则检查' } as const;
/** The app's entry module, which first-screen.js loads once the first screen is painted. */
const APP_ENTRY = /\/assets\/index-[^/]+\.js$/;

// Before any of the app's scripts: every layout shift (CLS entries without recent input), and
// every console message about hydration, whatever its level.
function watchFirstScreen() {
  const w = window as unknown as { __shifts: { value: number; nodes: string[] }[] };
  w.__shifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & {
      value: number;
      hadRecentInput: boolean;
      sources?: { node?: Node | null }[];
    })[]) {
      if (entry.hadRecentInput) continue;
      w.__shifts.push({
        value: entry.value,
        nodes: (entry.sources ?? []).map((s) =>
          s.node instanceof Element ? `${s.node.tagName}.${s.node.className}` : String(s.node),
        ),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

// Before any of the app's scripts: what the head script decided, read once the body is parsed and
// before main.tsx (loaded by the head script once the first screen is painted) runs.
function recordHeadDecision() {
  document.addEventListener('readystatechange', () => {
    if (document.readyState !== 'interactive') return;
    (window as unknown as { __firstScreen: string | null }).__firstScreen =
      document.documentElement.getAttribute('data-first-screen');
  });
}

const headDecision = (page: Page) =>
  page.evaluate(() => (window as unknown as { __firstScreen: string | null }).__firstScreen);

function hydrationMessages(page: Page): string[] {
  const messages: string[] = [];
  page.on('console', (message) => {
    if (/hydrat|did not match|server rendered/i.test(message.text())) {
      messages.push(`${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => {
    if (/hydrat/i.test(error.message)) messages.push(`page error: ${error.message}`);
  });
  return messages;
}

async function layoutShifts(page: Page) {
  return page.evaluate(
    () => (window as unknown as { __shifts: { value: number; nodes: string[] }[] }).__shifts,
  );
}

async function withoutJavaScript(browser: Browser, baseURL: string | undefined, path: string) {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto(path);
  return { page, close: () => context.close() };
}

test.describe('prerendered first screen', () => {
  test('shows the matrix in Chinese without JavaScript', async ({ browser, baseURL }) => {
    // Without JavaScript nothing can read ?lang= or a remembered language: the page's own
    // language, Chinese, shows (the English copy stays hidden), at / and at /?lang=en alike.
    for (const path of ['/', '/?lang=en']) {
      const { page, close } = await withoutJavaScript(browser, baseURL, path);
      await expect(page.getByRole('heading', { name: HEADING['zh-CN'], level: 1 })).toBeVisible();
      await expect(page.getByRole('heading', { name: HEADING.en })).toBeHidden();
      const table = page.locator('table.matrix').and(page.locator(':visible'));
      await expect(table).toHaveCount(1);
      await expect(table).toHaveAccessibleName(/基础设施能力类云服务/);
      await expect(table.getByRole('columnheader')).toHaveText([
        '资产层',
        '云服务客户',
        '云服务商',
      ]);
      await expect(page.getByRole('radio', { name: /IaaS/ })).toBeChecked();
      await close();
    }
  });

  const SCREENS = [
    { language: 'zh-CN', width: 1280, height: 720 },
    { language: 'en', width: 1280, height: 720 },
    { language: 'zh-CN', width: 390, height: 844 },
  ] as const;
  for (const { language, width, height } of SCREENS) {
    test(`hydrates the ${language} first screen at ${width} px with no layout shift and no warning`, async ({
      browser,
      baseURL,
    }) => {
      // A fresh profile whose browser prefers the language: the address names none.
      const context = await browser.newContext({
        baseURL,
        locale: language,
        viewport: { width, height },
      });
      const page = await context.newPage();
      const messages = hydrationMessages(page);
      await page.addInitScript(watchFirstScreen);
      await page.addInitScript(recordHeadDecision);
      await page.goto('/');
      await expect(page.getByRole('heading', { name: HEADING[language], level: 1 })).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      expect(await headDecision(page)).toBe(language);
      // Interactive: storage has answered and the parts that load after first paint are there.
      await expect(page.getByRole('status').filter({ hasText: SAVED[language] })).toBeVisible();
      await expect(
        page.getByRole('heading', { name: CHECKS[language], exact: true }),
      ).toBeVisible();
      await page.waitForTimeout(500);
      // Hydrated, not rendered again: the ids React gave the prerendered markup are still there.
      const prefix = language === 'en' ? '_eR_' : '_zR_';
      await expect(page.getByRole('combobox', { name: /^(Language|语言)$/ })).toHaveAttribute(
        'id',
        new RegExp(`^${prefix}`),
      );
      // One copy of the app, nothing of the other language left.
      await expect(page.locator('#root')).toHaveCount(1);
      await expect(page.locator('[data-first-screen]')).toHaveCount(0);
      await expect(page.locator('table.matrix')).toHaveCount(1);
      const shifts = await layoutShifts(page);
      const total = shifts.reduce((sum, s) => sum + s.value, 0);
      expect(total, JSON.stringify(shifts)).toBeLessThan(0.01);
      expect(messages).toEqual([]);

      // The app is live: a click on a cell opens its detail.
      const customer = language === 'en' ? 'Cloud service customer' : '云服务客户';
      const data = language === 'en' ? 'Business data' : '业务数据';
      await page
        .getByRole('table')
        .getByRole('button', { name: new RegExp(`^${customer}[,，、] ?${data}$`) })
        .click();
      await expect(page.getByRole('complementary')).toBeVisible();
      await context.close();
    });
  }

  // Each size and weight of text costs the first paint a font lookup in the browser (app.css, "Type").
  // The prerendered first screen is looked at as painted, before the app has loaded.
  for (const language of ['en', 'zh-CN'] as const) {
    test(`the ${language} first screen draws its text in four sizes and weights`, async ({
      page,
    }) => {
      await page.route(APP_ENTRY, (route) =>
        route.fulfill({ contentType: 'text/javascript', body: '' }),
      );
      await page.goto(`/?lang=${language}`);
      await expect(page.getByRole('heading', { name: HEADING[language], level: 1 })).toBeVisible();
      await expect(page.locator(`body [data-first-screen="${language}"]`)).toBeVisible();
      const fonts = await page.evaluate(() => {
        const seen = new Set<string>();
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        while (walker.nextNode()) {
          const parent = walker.currentNode.parentElement;
          if (!walker.currentNode.textContent?.trim() || !parent?.getClientRects().length) continue;
          const style = getComputedStyle(parent);
          seen.add(`${style.fontSize} ${style.fontWeight} ${style.fontStyle}`);
        }
        return [...seen].sort();
      });
      expect(fonts).toEqual([
        '14px 400 normal',
        '16px 400 normal',
        '16px 700 normal',
        '18.4px 700 normal',
      ]);
    });
  }

  test('what is done on the first screen before the app has loaded reaches the app', async ({
    page,
  }) => {
    // The app's entry module is held back until the visitor has acted on the painted first screen.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(APP_ENTRY, async (route) => {
      await held;
      await route.continue();
    });
    const messages = hydrationMessages(page);
    await page.goto('/?lang=en', { waitUntil: 'domcontentloaded' });
    // The language is the one choice open before the app: the workbench is inert until storage has
    // answered, the action buttons disabled.
    await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
    await expect(page.locator('html')).toHaveAttribute('data-first-screen', 'en');
    release();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('heading', { name: HEADING['zh-CN'], level: 1 })).toBeVisible();
    await expect(page.getByRole('combobox', { name: '语言' })).toHaveValue('zh-CN');
    await expect(page.getByRole('status').filter({ hasText: SAVED['zh-CN'] })).toBeVisible();
    expect(messages).toEqual([]);
  });

  test('a returning visitor sees their own workspace, not the first screen', async ({ page }) => {
    const messages = hydrationMessages(page);
    await page.goto('/?lang=en');
    await expect(page.getByRole('status').filter({ hasText: SAVED.en })).toBeVisible();
    await page.getByRole('radio', { name: /SaaS/ }).check();
    await expect(page.getByRole('status').filter({ hasText: SAVED.en })).toBeVisible();
    // The address now names the scenario; open the plain one, as a bookmark would. The default
    // first screen is not shown before their own work is there.
    await page.addInitScript(recordHeadDecision);
    await page.goto('/?lang=en');
    await expect(page.getByRole('radio', { name: /SaaS/ })).toBeChecked();
    await expect(page.getByRole('radio', { name: /IaaS/ })).not.toBeChecked();
    expect(await headDecision(page)).toBe('none');
    await expect(page.locator('[data-first-screen]')).toHaveCount(0);
    await expect(page.locator('table.matrix')).toHaveCount(1);
    expect(messages).toEqual([]);
  });

  test('the app takes over only once the whole page is parsed', async ({ page }) => {
    // A script between the two prerendered containers holds the parser, as a slow network would
    // between two chunks of the page; the app, fetched at once for this address, must not start
    // before the rest of the page (the English container) is there to be removed.
    await page.route(/\/\?type=saas/, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(
        '<div id="root-en"',
        '<script src="./parse-pause.js"></script><div id="root-en"',
      );
      expect(html).toContain('parse-pause.js');
      await route.fulfill({ response, body: html });
    });
    await page.route(/\/parse-pause\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.fulfill({ contentType: 'text/javascript', body: '' });
    });
    await page.goto('/?type=saas&mode=softwareDelivery&lang=en');
    await expect(page.getByRole('radio', { name: /SaaS/ })).toBeChecked();
    await expect(page.locator('[data-first-screen]')).toHaveCount(0);
    await expect(page.locator('table.matrix')).toHaveCount(1);
    await expect(page.getByRole('button', { name: 'Contract details', exact: true })).toHaveCount(
      1,
    );
  });

  test('an address asking for another scenario renders it, not the first screen', async ({
    page,
  }) => {
    const messages = hydrationMessages(page);
    await page.goto('/?type=saas&mode=softwareDelivery&lang=en');
    await expect(page.getByRole('radio', { name: /SaaS/ })).toBeChecked();
    await expect(page.getByRole('radio', { name: /Cloud software delivery/ })).toBeChecked();
    await expect(page.locator('table.matrix')).toHaveCount(1);
    await expect(page.locator('select[id^="_eR_"]')).toHaveCount(0);
    expect(messages).toEqual([]);
  });
});
