import fs from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { Browser, Page } from 'playwright-core';
import { create as parseXml } from 'xmlbuilder2';
import { hashApiKey } from '../../src/auth/api-keys';
import { projectRoot } from '../../src/config/config';
import { resetToSeed } from '../support/seeded-graph';
import { launchChromium, refuseOutsideRequests } from '../support/browser';
import { startTestApi, TestApi } from '../support/test-api';

/**
 * The explorer in a real headless Chromium (Debian's, via playwright-core), every request to
 * anywhere but this API refused. Taps are real mouse clicks on the Cytoscape canvas, at the
 * positions the drawing reports. `npm run screenshots` also refreshes docs/explore.png.
 */
// Code inside page.evaluate runs in the browser; the project compiles without the DOM library.
declare const window: any;
declare const document: any;
declare function requestAnimationFrame(callback: (time: number) => void): number;
declare function getComputedStyle(element: unknown): any;

const EDITOR_KEY = 'editor-key-for-explorer-tests';
let api: TestApi;
let browser: Browser;

beforeAll(async () => {
  await resetToSeed();
  api = await startTestApi({ EDITOR_API_KEY_HASHES: hashApiKey(EDITOR_KEY) });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

interface Session {
  page: Page;
  outside: string[];
  errors: string[];
}

async function openExplorer(at = '/explore'): Promise<Session> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  const session: Session = { page, outside: await refuseOutsideRequests(page, api.base), errors: [] };
  page.on('pageerror', (error) => session.errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') session.errors.push(message.text());
  });
  await page.goto(`${api.base}${at}`);
  await idle(page);
  return session;
}

/** Nothing loading, and the drawing has settled (fit after a resize runs on the next frames). */
async function idle(page: Page): Promise<void> {
  await page.waitForFunction(() => document.body.dataset.busy === 'false', null, { timeout: 30_000 });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(null)))));
}

const labels = (page: Page) => page.evaluate(() => (window as any).explorer.cy.nodes().map((n: any) => n.data('label')).sort());

/** A real click on the canvas where Cytoscape drew the node (or the middle of the edge). */
async function tap(page: Page, elementId: string): Promise<void> {
  const box = (await page.locator('#network').boundingBox())!;
  const at = await page.evaluate((id) => {
    const element = (window as any).explorer.cy.getElementById(id);
    if (element.empty()) throw new Error(`${id} is not on the graph`);
    return element.isNode() ? element.renderedPosition() : element.renderedMidpoint();
  }, elementId);
  await page.mouse.click(box.x + at.x, box.y + at.y);
  await idle(page);
}

const KHALAFOV = 'o:az-khalaf-khalafov';
const KZ_BE_EDGE = 'e:be-kz-political-consultations-2024-10-18';

it('finds "Koreman", draws Cooreman\'s network, expands a node, and shows the KZ–BE timeline with round 5 and its sources', async () => {
  const { page, outside, errors } = await openExplorer();
  await page.locator('#q').fill('Koreman');
  await page.locator('#q').press('Enter');
  await idle(page);

  expect(await page.locator('#status').innerText()).toMatch(/Koreman.*Jeroen Cooreman/);
  expect(await labels(page)).toEqual(['Azerbaijan', 'Belgium', 'Jeroen Cooreman', 'Kazakhstan', 'Khalaf Khalafov', 'Roman Vassilenko']);
  expect(page.url()).toBe(`${api.base}/explore?q=Koreman`);
  await expect(page.locator('#selection h2').innerText()).resolves.toBe('Jeroen Cooreman');
  // The spelling that was searched is among the ones shown for him.
  await expect(page.locator('#selection .aliases').innerText()).resolves.toMatch(/Also written: .*Koreman/);

  // Expanding Khalafov brings his other counterparts, Tajikistan's and Latvia's.
  await tap(page, KHALAFOV);
  expect(await labels(page)).toEqual(expect.arrayContaining(['Jānis Mažeiks', 'Sodiq Imomi', 'Latvia', 'Tajikistan']));
  expect(await page.evaluate((id) => (window as any).explorer.cy.getElementById(id).data('expanded'), KHALAFOV)).toBe(true);
  expect(page.url()).toBe(`${api.base}/explore?q=Koreman&expand=o:az-khalaf-khalafov`);

  // The Cooreman–Vassilenko consultation: its sources, and the pair's timeline.
  await tap(page, KZ_BE_EDGE);
  const selection = page.locator('#selection');
  await expect(selection.locator('h2').innerText()).resolves.toBe('Political consultations: Belgium – Kazakhstan');
  await expect(selection.innerText()).resolves.toMatch(/round 5 — stated by a source[\s\S]*Sources \(1\)/i);
  expect(await selection.locator('.source').count()).toBe(1);
  const round5 = page.locator('#timeline li.round[data-round="5"]');
  await round5.waitFor();
  expect(await round5.getAttribute('data-origin')).toBe('STATED');
  expect(await round5.innerText()).toMatch(/5\s+2024-10-18\s+stated · Brussels/);
  // Rounds 1–4 happened but are not in the graph: shown as a gap, never as invented events.
  expect(await page.locator('#timeline li.gap').innerText()).toMatch(/rounds 1–4\s+no record/);
  expect(page.url()).toBe(`${api.base}/explore?q=Koreman&expand=o:az-khalaf-khalafov&series=BE,KZ&consultation=be-kz-political-consultations-2024-10-18`);

  // The link is the view: opened afresh, it shows the same graph, selection and timeline.
  const shown = await labels(page);
  const again = await openExplorer(new URL(page.url()).pathname + new URL(page.url()).search);
  expect(await labels(again.page)).toEqual(shown);
  await expect(again.page.locator('#selection h2').innerText()).resolves.toBe('Political consultations: Belgium – Kazakhstan');
  await again.page.locator('#timeline li.round[data-round="5"]').waitFor();
  // Back goes to the view before the click.
  await page.goBack();
  await idle(page);
  expect(page.url()).toBe(`${api.base}/explore?q=Koreman&expand=o:az-khalaf-khalafov`);
  expect(await page.locator('#timeline li').count()).toBe(0);

  if (process.env.SCREENSHOTS === '1') await again.page.screenshot({ path: path.join(projectRoot(), 'docs', 'explore.png') });
  expect([...outside, ...again.outside]).toEqual([]);
  expect([...errors, ...again.errors]).toEqual([]);
});

it('exports the visible subgraph as PNG, SVG, CSV and GraphML', async () => {
  const { page, errors } = await openExplorer('/explore?q=Koreman');
  const onScreen = await page.evaluate(() => {
    const cy = (window as any).explorer.cy;
    return { nodes: cy.nodes().length, edges: cy.edges().length, consultations: cy.edges('[kind = "consultation"]').length };
  });
  const download = async (format: string) => {
    const [file] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-export="${format}"]`).click()]);
    return { name: file.suggestedFilename(), bytes: fs.readFileSync((await file.path())!) };
  };

  const png = await download('png');
  expect(png.name).toBe('consultations.png');
  expect(png.bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(png.bytes.length).toBeGreaterThan(10_000);

  const svg = await download('svg');
  expect(svg.name).toBe('consultations.svg');
  const svgText = svg.bytes.toString('utf8');
  expect(svgText).toMatch(/^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  expect(svgText).toMatch(/Jeroen Cooreman/);
  expect(svgText).toMatch(/2024-10-18 · round 5/);

  const csv = await download('csv');
  const rows = parseCsv(csv.bytes.toString('utf8'), { columns: true }) as Array<Record<string, string>>;
  expect(rows).toHaveLength(onScreen.consultations);
  expect(rows.find((r) => r.consultation_id === 'be-kz-political-consultations-2024-10-18')).toMatchObject({
    date: '2024-10-18', round: '5', round_origin: 'STATED', city: 'Brussels', country_a: 'BE', head_a: 'Jeroen Cooreman', country_b: 'KZ', head_b: 'Roman Vassilenko',
  });
  expect(rows.find((r) => r.consultation_id === 'az-be-political-consultations-2022-04-04')).toMatchObject({ round: '', round_origin: 'UNKNOWN' });

  const graphml = await download('graphml');
  const xml = parseXml(graphml.bytes.toString('utf8')).end({ format: 'object' }) as any;
  const graph = xml.graphml.graph;
  expect(graph['@edgedefault']).toBe('undirected');
  expect(graph.node).toHaveLength(onScreen.nodes);
  expect(graph.edge).toHaveLength(onScreen.edges);
  const edge = graph.edge.find((e: any) => e['@id'] === KZ_BE_EDGE);
  expect(edge).toMatchObject({ '@source': expect.stringMatching(/^o:/), '@target': expect.stringMatching(/^o:/) });
  const data = Object.fromEntries(edge.data.map((d: any) => [d['@key'], d['#']]));
  expect(data).toMatchObject({ e_round: '5', e_roundOrigin: 'STATED', e_date: '2024-10-18' });
  expect(errors).toEqual([]);
});

it('resolves a search in any language and script, to an official or a pair', async () => {
  const { page, errors } = await openExplorer(`/explore?q=${encodeURIComponent('خلف خلفوف')}`);
  expect(await page.locator('#status').innerText()).toMatch(/Khalaf Khalafov: 3 consultations/);
  expect(await labels(page)).toEqual(expect.arrayContaining(['Khalaf Khalafov', 'Jeroen Cooreman', 'Sodiq Imomi', 'Jānis Mažeiks']));

  await page.goto(`${api.base}/explore?q=${encodeURIComponent('Kasachstan und Belgien')}`);
  await idle(page);
  expect(await page.locator('#status').innerText()).toMatch(/Belgium – Kazakhstan: 1 consultation/);
  await page.locator('#timeline li.round[data-round="5"]').waitFor();

  await page.goto(`${api.base}/explore?q=${encodeURIComponent('Nobody Atall')}`);
  await idle(page);
  expect(await page.locator('#status').innerText()).toMatch(/Nothing found for “Nobody Atall”/);
  expect(errors).toEqual([]);
});

it('draws stated, inferred and unknown rounds differently, on the timeline and on the graph', async () => {
  // Three later Kazakhstan–Belgium meetings: the first states no number but lies between the stated
  // round 5 and a stated round 7, so it can only be round 6 (inferred); the last follows round 7 and
  // could be any later round (unknown: unrecorded rounds may lie between).
  const later: Array<{ date: string; round?: number }> = [{ date: '2025-06-10' }, { date: '2026-01-20', round: 7 }, { date: '2026-09-15' }];
  for (const { date, round } of later) {
    const source = `explorer-test-${date}`;
    const response = await fetch(`${api.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${EDITOR_KEY}` },
      body: JSON.stringify({
        query: 'mutation($input: RecordConsultationInput!) { recordConsultation(input: $input) { id round { number origin } } }',
        variables: {
          input: {
            kind: 'POLITICAL_CONSULTATIONS', date, city: 'Astana', countries: ['KZ', 'BE'],
            participants: [{ officialId: 'kz-roman-vassilenko', country: 'KZ' }, { officialId: 'be-jeroen-cooreman', country: 'BE' }],
            round: round === undefined ? [] : [{ number: round, statedAs: `round ${round}`, source }],
            sources: [{ id: source, language: 'en', title: 'Test report written for this suite' }],
          },
        },
      }),
    });
    const body = (await response.json()) as any;
    expect(body.errors).toBeUndefined();
  }
  const { page, errors } = await openExplorer('/explore?pair=BE,KZ');
  const markers = await page.locator('#timeline li.round').evaluateAll((items) => items.map((li: any) => {
    const marker = getComputedStyle(li.querySelector('.marker')!);
    return { round: li.getAttribute('data-round'), origin: li.getAttribute('data-origin'), text: li.querySelector('.marker')!.textContent, fill: marker.backgroundColor, border: marker.borderTopStyle };
  }));
  expect(markers.map(({ round, origin, text }) => ({ round, origin, text }))).toEqual([
    { round: '5', origin: 'STATED', text: '5' },
    { round: '6', origin: 'INFERRED', text: '6' },
    { round: '7', origin: 'STATED', text: '7' },
    { round: '', origin: 'UNKNOWN', text: '?' },
  ]);
  expect(new Set(markers.map((m) => `${m.fill} ${m.border}`)).size).toBe(3);
  expect(markers.map((m) => m.border)).toEqual(['solid', 'dashed', 'solid', 'dotted']);

  const lineStyles = await page.evaluate(() => (window as any).explorer.cy.edges('[kind = "consultation"]')
    .map((e: any) => `${e.data('origin')} ${e.style('line-style')}`).sort());
  expect(lineStyles).toEqual(['INFERRED dashed', 'STATED solid', 'STATED solid', 'UNKNOWN dotted']);

  // A round picked on the timeline opens its consultation and sources.
  await page.locator('#timeline li.round[data-origin="INFERRED"] .marker').click();
  await idle(page);
  await expect(page.locator('#selection').innerText()).resolves.toMatch(/round 6 \(inferred\) — inferred from a neighbouring round/);
  expect(page.url()).toMatch(/pair=BE,KZ&consultation=/);
  expect(errors).toEqual([]);
});

it('asks for a key when the API wants one for reading, and then shows the view', async () => {
  const readerKey = 'reader-key-for-explorer-tests';
  const guarded = await startTestApi({ READS_REQUIRE_KEY: 'true', READER_API_KEY_HASHES: hashApiKey(readerKey) });
  const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  try {
    await page.goto(`${guarded.base}/explore?q=Koreman`);
    await idle(page);
    expect(await page.locator('#status').innerText()).toMatch(/needs an API key/);
    expect(await labels(page)).toEqual([]);
    await page.locator('#status form.key input').fill(readerKey);
    await page.locator('#status form.key button').click();
    await idle(page);
    expect(await page.locator('#status').innerText()).toMatch(/Koreman” → Jeroen Cooreman: \d+ consultations/);
    expect(await labels(page)).toContain('Roman Vassilenko');
    // The key stays out of the address bar.
    expect(page.url()).toBe(`${guarded.base}/explore?q=Koreman`);
  } finally {
    await page.close();
    await guarded.stop();
  }
});

/** A consultation written over HTTP with the editor key, as any client would. */
async function recordOverHttp(input: Record<string, unknown>): Promise<string> {
  const response = await fetch(`${api.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${EDITOR_KEY}` },
    body: JSON.stringify({ query: 'mutation($input: RecordConsultationInput!) { recordConsultation(input: $input) { id } }', variables: { input } }),
  });
  const body = (await response.json()) as any;
  expect(body.errors).toBeUndefined();
  return body.data.recordConsultation.id;
}

const round = (countries: string[], date: string) => ({
  kind: 'POLITICAL_CONSULTATIONS', date, countries,
  sources: [{ id: `explorer-rhythm-${countries.join('-')}-${date}`.toLowerCase(), language: 'en', title: 'Test report written for this suite' }],
});

it("shows a series' rhythm on its timeline: the expected next round, and \"quiet since …\" once overdue", async () => {
  // Finland–Estonia: yearly until 2022, then nothing: overdue today. Norway–Sweden: yearly, the next one still ahead.
  for (const date of ['2019-03-01', '2020-03-01', '2021-03-01', '2022-03-01']) await recordOverHttp(round(['FI', 'EE'], date));
  const today = new Date();
  const yearsAgo = (n: number) => `${today.getUTCFullYear() - n}-${String(today.getUTCMonth() + 1).padStart(2, '0')}-01`;
  for (const date of [yearsAgo(2), yearsAgo(1)]) await recordOverHttp(round(['NO', 'SE'], date));

  const { page, errors } = await openExplorer('/explore?pair=EE,FI');
  const quiet = page.locator('#timeline .series.quiet');
  await quiet.waitFor();
  expect(await quiet.getAttribute('data-quiet-since')).toBe('2022-03-01');
  expect(await quiet.locator('h3').innerText()).toMatch(/quiet since 2022-03-01/);
  const expected = quiet.locator('li.expected');
  expect(await expected.getAttribute('data-expected')).toBe('2023-03-01');
  expect(await expected.getAttribute('data-overdue')).toBe('true');
  expect(await expected.innerText()).toMatch(/expected 2023-03-01[\s\S]*every ~365 days · overdue by \d+ days/);

  await page.goto(`${api.base}/explore?pair=NO,SE`);
  await idle(page);
  const onTime = page.locator('#timeline .series');
  await onTime.locator('li.expected').waitFor();
  expect(await onTime.getAttribute('class')).not.toMatch(/quiet/);
  expect(await onTime.locator('li.expected').getAttribute('data-overdue')).toBe('false');
  expect(await onTime.locator('h3').innerText()).toMatch(/every ~36[56] days/);
  expect(errors).toEqual([]);
});

it('marks meetings whose heads stood at different levels', async () => {
  const { page, errors } = await openExplorer('/explore?q=Koreman');
  await tap(page, KHALAFOV);
  const edges = await page.evaluate(() => Object.fromEntries((window as any).explorer.cy.edges('[kind = "consultation"]')
    .map((e: any) => [e.data('consultationId'), { parity: e.data('parity'), width: e.style('width'), colour: e.style('line-color') }])));
  expect(edges['az-be-political-consultations-2022-04-04']).toMatchObject({ parity: 'UNBALANCED', width: '5px' });
  expect(edges['be-kz-political-consultations-2024-10-18']).toMatchObject({ parity: 'UNBALANCED', width: '5px' });
  expect(edges['az-tj-political-consultations-2022-06-09']).toMatchObject({ parity: 'BALANCED', width: '2.5px' });
  expect(edges['az-be-political-consultations-2022-04-04'].colour).not.toBe(edges['az-tj-political-consultations-2022-06-09'].colour);

  await tap(page, 'e:az-be-political-consultations-2022-04-04');
  const parity = page.locator('#selection .parity');
  expect(await parity.getAttribute('data-parity')).toBe('UNBALANCED');
  expect(await parity.innerText()).toMatch(/Unbalanced: 1 step apart on the rank ladder\s+deputy minister \(Azerbaijan\) vs director-general \(Belgium\)/);
  await page.goto(`${api.base}/explore?official=az-khalaf-khalafov&consultation=az-tj-political-consultations-2022-06-09`);
  await idle(page);
  expect(await page.locator('#selection .parity').innerText()).toMatch(/Balanced: both heads at the same level\s+deputy minister \(Azerbaijan\) vs deputy minister \(Tajikistan\)/);
  // On the pair's timeline too.
  await page.goto(`${api.base}/explore?pair=BE,KZ`);
  await idle(page);
  await page.locator('#timeline li.round.unbalanced[data-round="5"]').waitFor();
  expect(errors).toEqual([]);
});

it('updates live from the feed: a consultation recorded elsewhere joins the graph and the timeline', async () => {
  const { page, errors, outside } = await openExplorer('/explore?pair=AZ,TJ');
  await page.waitForFunction(() => document.body.dataset.live === 'connected', null, { timeout: 30_000 });
  expect(await page.locator('#live').innerText()).toBe('live');
  expect(await page.locator('#timeline li.round').count()).toBe(1);

  const id = await recordOverHttp({
    ...round(['TJ', 'AZ'], '2024-05-20'),
    participants: [{ officialId: 'az-khalaf-khalafov', country: 'AZ', rank: 'DEPUTY_MINISTER' }, { officialId: 'tj-sodiq-imomi', country: 'TJ', rank: 'DEPUTY_MINISTER' }],
  });
  await page.waitForFunction((edge) => (window as any).explorer.cy.getElementById(edge).nonempty(), `e:${id}`, { timeout: 30_000 });
  await page.locator(`#timeline li.round[data-consultation="${id}"]`).waitFor({ timeout: 30_000 });
  await idle(page);
  expect(await page.locator('#timeline li.round').count()).toBe(2);
  expect(await page.locator('#status').innerText()).toMatch(/New: Azerbaijan – Tajikistan · 2024-05-20 · round \? — recorded just now/);
  // The new meeting is the explorer's own data now: a click shows it with its parity.
  await tap(page, `e:${id}`);
  expect(await page.locator('#selection .parity').getAttribute('data-parity')).toBe('BALANCED');
  expect(outside).toEqual([]);
  expect(errors).toEqual([]);
});
