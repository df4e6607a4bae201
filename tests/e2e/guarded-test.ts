import { test as base, expect } from '@playwright/test';

/**
 * A Playwright test that fails on any console error, uncaught page error, Content-Security-Policy
 * violation, or request to an origin other than the app's own: the app must work offline on intranets and never call out.
 */
export const test = base.extend<{ guard: undefined }>({
  guard: [
    async ({ page, baseURL }, use) => {
      const problems: string[] = [];
      const ownOrigin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      // Content-Security-Policy violations are reported to the page, not the console: listen there.
      await page.exposeFunction('__reportCspViolation', (text: string) =>
        problems.push(`CSP violation: ${text}`),
      );
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const report = (window as unknown as { __reportCspViolation: (t: string) => void })
            .__reportCspViolation;
          report(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
        });
      });
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== ownOrigin) {
          problems.push(`request to another origin: ${request.url()}`);
        }
      });
      await use(undefined);
      expect(problems, 'console errors and foreign requests').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
