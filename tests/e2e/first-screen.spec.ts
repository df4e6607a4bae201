import { expect, test } from './guarded-test';

test.describe('first screen', () => {
  test('shows the IaaS public-cloud baseline in English', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('语言').selectOption('en');
    const matrix = page.getByRole('table');
    await expect(matrix).toBeVisible();
    const facility = matrix.getByRole('row', { name: /Data-centre facility/ });
    await expect(facility.getByRole('cell').nth(1)).toHaveText(/Owner · whole layer/);
    const data = matrix.getByRole('row', { name: /Business data/ });
    await expect(data.getByRole('cell').nth(0)).toHaveText(/Owner · whole layer/);
  });
});
