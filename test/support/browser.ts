import { Browser, chromium, Page } from 'playwright-core';

/** Debian's Chromium (installed by tools/browser/ensure-chromium.sh), headless, via playwright-core. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
}

/**
 * As on a network without internet: every request to anywhere but `base` is refused. Returns the
 * list the refused addresses are added to (a test expects it to stay empty). Page-made blob: and
 * data: URLs (exports) are not network requests and pass.
 */
export async function refuseOutsideRequests(page: Page, base: string): Promise<string[]> {
  const outside: string[] = [];
  const own = new URL(base).host;
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.host === own || url.protocol === 'blob:' || url.protocol === 'data:') return route.continue();
    outside.push(url.href);
    return route.abort();
  });
  return outside;
}
