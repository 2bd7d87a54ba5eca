import path from 'node:path';
import { Browser } from 'playwright-core';
import { projectRoot } from '../../src/config/config';
import { resetToSeed } from '../support/seeded-graph';
import { launchChromium, refuseOutsideRequests } from '../support/browser';
import { startTestApi, TestApi } from '../support/test-api';

/**
 * The IDE in a real headless Chromium (Debian's, via playwright-core) with every request to
 * anywhere but this API refused, as on a network without internet: it loads, runs the first saved
 * question and shows the answer. `npm run screenshots` also refreshes docs/ide.png for the README.
 */
let api: TestApi;
let browser: Browser;

beforeAll(async () => {
  await resetToSeed();
  api = await startTestApi();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

it('loads with no outside network, runs a saved question and shows the answer', async () => {
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  const outside = await refuseOutsideRequests(page, api.base);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));

  await page.goto(`${api.base}/graphql`);
  await page.locator('.graphiql-execute-button').waitFor({ timeout: 30_000 });
  // The first tab is the README's first question.
  await page.locator('.graphiql-query-editor').getByText('Which deputy ministers met Jeroen Cooreman?').waitFor();
  await page.locator('.graphiql-execute-button').click();
  await page.locator('.result-window').getByText('Jeroen Cooreman').first().waitFor({ timeout: 30_000 });
  const answer = await page.locator('.result-window').innerText();
  expect(answer).toMatch(/"name": "Jeroen Cooreman"/);
  expect(answer).toMatch(/Vassilenko|Khalafov/);

  expect(outside).toEqual([]);
  expect(errors).toEqual([]);
  if (process.env.SCREENSHOTS === '1') await page.screenshot({ path: path.join(projectRoot(), 'docs', 'ide.png') });
});
