/**
 * End-to-end tests of the web app: the REAL server (@sitrep/server) on 127.0.0.1 and a free port,
 * a temporary SQLite database with examples/ ingested by the real pipeline plus four hand-coded
 * FICTIONAL fixtures (test/fixtures.ts) whose events are known, and Debian's chromium driven by
 * playwright-core. Skipped with a notice when chromium is missing (`apt-get install -y chromium`,
 * or point SITREP_CHROMIUM at a Chromium binary). Set SITREP_SCREENSHOTS=DIR to keep screenshots.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocumentResult } from '@sitrep/model';
import {
  createExtractor,
  createServer,
  type Extractor,
  ingestBatch,
  type SitrepServer,
} from '@sitrep/server';
import { openSqliteStore, type Store } from '@sitrep/store';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { build, type UserConfig } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, HOSTILE_TEXT } from './fixtures';

const CHROMIUM = process.env.SITREP_CHROMIUM ?? '/usr/bin/chromium';
const HAVE_CHROMIUM = existsSync(CHROMIUM);
if (!HAVE_CHROMIUM) {
  console.warn(
    `web e2e: SKIPPED — no Chromium at ${CHROMIUM}. Install it with \`apt-get install -y chromium\` ` +
      '(CI does this in .ci/run) or set SITREP_CHROMIUM=/path/to/chromium to run the browser tests.',
  );
}

const WEB = fileURLToPath(new URL('..', import.meta.url));
const ROOT = join(WEB, '..', '..');
const SHOTS = process.env.SITREP_SCREENSHOTS ?? null;

/** Minimal RFC 4180 reader for the export check (quoted fields, doubled quotes, commas, newlines). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

// Generous per-test time: the map renders in software on a 2-core machine shared with other suites.
describe.skipIf(!HAVE_CHROMIUM)(
  'web app in a real browser against the real server',
  { timeout: 90_000 },
  () => {
    let dir: string;
    let store: Store;
    let extractor: Extractor;
    let server: SitrepServer;
    let base: string;
    let context: BrowserContext;
    let page: Page;
    const problems: string[] = [];
    const dialogs: string[] = [];

    const shot = async (name: string) => {
      if (!SHOTS) return;
      mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: join(SHOTS, `web-${name}.png`) });
    };
    const totalText = () => page.getByTestId('events-total').textContent();
    const waitTotal = async (n: number) => {
      await expect.poll(totalText, { timeout: 15_000 }).toMatch(new RegExp(`of ${n}$`));
    };

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'sitrep-web-e2e-'));
      // The app, built fresh into the temp dir so the test never serves a stale dist.
      const configPath = join(WEB, 'vite.config.mjs');
      const { default: config } = (await import(configPath)) as { default: UserConfig };
      await build({
        ...config,
        configFile: false,
        logLevel: 'error',
        build: { ...config.build, outDir: join(dir, 'web') },
      });

      store = openSqliteStore(join(dir, 'e2e.db'));
      extractor = await createExtractor({ workers: 0 });
      const summary = await ingestBatch({ store, extractor, paths: [join(ROOT, 'examples')] });
      expect(summary.failed, JSON.stringify(summary.failures)).toBe(0);
      for (const fixture of FIXTURES) {
        const result = parseDocumentResult(fixture);
        await store.putDocument({
          result,
          text: result.document.text!,
          format: 'txt',
          pipeline: extractor.version,
        });
      }
      server = await createServer({ store, extractor, webRoot: join(dir, 'web') });
      await server.app.listen({ host: '127.0.0.1', port: 0 });
      const address = server.app.server.address();
      if (!address || typeof address === 'string')
        throw new Error('e2e: the server did not report a TCP address');
      base = `http://127.0.0.1:${address.port}`;

      context = await chromium.launchPersistentContext(join(dir, 'profile'), {
        executablePath: CHROMIUM,
        headless: true,
        acceptDownloads: true,
        viewport: { width: 1440, height: 1000 },
        args: [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
        ],
      });
      page = context.pages()[0] ?? (await context.newPage());
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(`console: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      // Nothing may leave the machine: any request to another origin is a failure.
      await context.route(
        (url) => !url.href.startsWith(base) && !url.href.startsWith('data:') && !url.href.startsWith('blob:'),
        (route) => {
          problems.push(`external request: ${route.request().url()}`);
          return route.abort();
        },
      );
    }, 120_000);

    afterAll(async () => {
      await context?.close();
      await server?.app.close();
      await extractor?.close();
      await store?.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    it('signs in with the one-time link and lists every stored event', async () => {
      const response = await page.goto(`${base}${server.loginPath(server.issueLoginToken())}`);
      expect(response?.url()).toBe(`${base}/`);
      expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
      await expect.poll(() => page.locator('.session').textContent()).toContain('signed in');
      const all = await store.queryEvents({}, { limit: 1 });
      expect(all.total).toBeGreaterThanOrEqual(7);
      await waitTotal(all.total);
      await expect.poll(() => page.locator('.timeline .bar').count()).toBeGreaterThan(0);
      // The map renders in software (SwiftShader) on a busy machine: give it time.
      await page.locator('.map-cluster, .map-point').first().waitFor({ timeout: 60_000 });
      await shot('events');
    });

    it('filters by type: the table, the URL and the count follow', async () => {
      await page.locator('input[name="type"][value="ASSAULT"]').check();
      const expected = await store.queryEvents({ type: ['ASSAULT'] }, { limit: 500 });
      await waitTotal(expected.total);
      expect(new URL(page.url()).searchParams.get('type')).toBe('ASSAULT');
      const types = await page
        .locator('table.events tbody tr[data-type]')
        .evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.type));
      expect(types.length).toBe(Math.min(50, expected.total));
      expect(new Set(types)).toEqual(new Set(['ASSAULT']));
      // The timeline shows only ASSAULT bars now.
      await expect
        .poll(
          async () =>
            new Set(
              await page
                .locator('.timeline .bar')
                .evaluateAll((b) => b.map((x) => x.getAttribute('data-type'))),
            ),
        )
        .toEqual(new Set(['ASSAULT']));
    });

    it('opens a map cluster, then a point opens its event', async () => {
      const cluster = page.locator('.map-cluster').first();
      await cluster.waitFor({ timeout: 60_000 });
      expect(await cluster.getAttribute('aria-label')).toMatch(/^Cluster of \d+ events: .*ASSAULT/);
      // Markers must stay absolutely positioned by MapLibre (a CSS override once stacked them in the flow).
      expect(await cluster.evaluate((e) => getComputedStyle(e).position)).toBe('absolute');
      await shot('map-cluster');
      // Zoom into clusters until the fixture points in Idlib separate.
      for (let i = 0; i < 8 && (await page.locator('.map-point[data-id]').count()) === 0; i++) {
        await page.locator('.map-cluster').first().click();
        await page.waitForTimeout(700);
      }
      const point = page.locator('.map-point[data-id]').first();
      await point.waitFor({ timeout: 10_000 });
      const id = await point.getAttribute('data-id');
      expect(id).toBeTruthy();
      await point.click();
      await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe(id);
      await expect.poll(() => page.getByTestId('event-panel').isVisible()).toBe(true);
      const event = await store.getEvent(id!);
      expect(event?.type).toBe('ASSAULT');
      await expect
        .poll(() => page.getByTestId('event-panel').locator('blockquote').textContent())
        .toBe(event!.evidence.text);
    });

    it("opens the event's document with its evidence highlighted", async () => {
      const id = new URL(page.url()).searchParams.get('event')!;
      const event = (await store.getEvent(id))!;
      await page.getByTestId('open-document').click();
      await page.getByTestId('doc-text').waitFor();
      expect(new URL(page.url()).searchParams.get('view')).toBe('document');
      const doc = (await store.getDocument(event.document.id))!;
      await expect.poll(() => page.getByTestId('doc-text').textContent()).toBe(doc.result.document.text);
      await expect
        .poll(() =>
          page
            .getByTestId('doc-text')
            .locator('.m-evidence')
            .evaluateAll((els) => els.map((e) => e.textContent).join('')),
        )
        .toBe(event.evidence.text);
      expect(await page.getByTestId('doc-text').locator('.m-trigger.current').first().textContent()).toBe(
        event.trigger.text,
      );
      const place = page.getByTestId('doc-text').locator('.m-place').first();
      if ((await place.count()) > 0) {
        await place.hover();
        await expect
          .poll(() => page.locator('.hovercard').textContent())
          .toMatch(/Place .*(-?\d+\.\d{4}, -?\d+\.\d{4}|not resolved)/);
      }
      await shot('reader');
    });

    it('accepts one event and rejects another; the review survives a reload', async () => {
      await page.getByRole('button', { name: 'Events', exact: true }).click();
      await page.locator('table.events tbody tr[data-id]').first().waitFor();
      const rows = page.locator('table.events tbody tr[data-id]');
      expect(await rows.count()).toBeGreaterThanOrEqual(2);
      const first = (await rows.nth(0).getAttribute('data-id'))!;
      const second = (await rows.nth(1).getAttribute('data-id'))!;

      await rows.nth(0).click();
      await expect.poll(() => page.getByTestId('event-panel').getAttribute('data-status')).toBe('pending');
      await page.keyboard.press('a');
      await expect.poll(() => page.getByTestId('review-status').textContent()).toBe('accepted');

      await page.keyboard.press('j');
      await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe(second);
      await page.getByLabel('Note').fill('Fictional test: not an attack');
      await page.getByRole('button', { name: /^Reject/ }).click();
      await expect.poll(() => page.getByTestId('review-status').textContent()).toBe('rejected');
      await expect
        .poll(() => page.locator('.history li').first().textContent())
        .toMatch(/reject.*not an attack/);

      await page.reload();
      await page.locator(`table.events tbody tr[data-id="${first}"]`).waitFor();
      expect(await page.locator(`tr[data-id="${first}"] .status`).textContent()).toBe('accepted');
      expect(await page.locator(`tr[data-id="${second}"] .status`).textContent()).toBe('rejected');
      expect((await store.getEvent(first))?.review.status).toBe('accepted');
      expect((await store.getEvent(second))?.review).toMatchObject({
        status: 'rejected',
        note: 'Fictional test: not an attack',
      });
      await shot('review');
    });

    it('exports the current filter as CSV', async () => {
      const expected = await store.queryEvents({ type: ['ASSAULT'] }, { limit: 500 });
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('export-csv').click(),
      ]);
      const csv = readFileSync((await download.path())!, 'utf8');
      const [header, ...rows] = parseCsv(csv.trimEnd());
      const col = (name: string) => header!.indexOf(name);
      expect(col('plover_type')).toBeGreaterThanOrEqual(0);
      expect(rows).toHaveLength(expected.total);
      expect(new Set(rows.map((r) => r[col('plover_type')]))).toEqual(new Set(['ASSAULT']));
      expect(new Set(rows.map((r) => r[col('event_id')]))).toEqual(new Set(expected.items.map((e) => e.id)));
    });

    it('edits an event: type and note go through the API and show as edited', async () => {
      const rows = page.locator('table.events tbody tr[data-id]');
      const third = (await rows.nth(2).getAttribute('data-id'))!;
      await rows.nth(2).click();
      await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe(third);
      await page.keyboard.press('e');
      const form = page.getByRole('form', { name: 'Edit event' });
      await form.waitFor();
      await form.getByLabel('Type').selectOption('COERCE');
      await form.getByLabel('Note').fill('Fictional test: an arrest, not an attack');
      await shot('edit');
      await form.getByRole('button', { name: 'Save edit' }).click();
      await expect.poll(() => page.getByTestId('review-status').textContent()).toBe('edited');
      const stored = (await store.getEvent(third))!;
      expect(stored.type).toBe('COERCE');
      expect(stored.review).toMatchObject({
        status: 'edited',
        note: 'Fictional test: an arrest, not an attack',
      });
      expect(stored.original?.type).toBe('ASSAULT');
      // The table (filtered to ASSAULT) no longer lists it once it reloads.
      const expected = await store.queryEvents({ type: ['ASSAULT'] }, { limit: 1 });
      await waitTotal(expected.total);
    });

    it('edits actors and location through dictionary and gazetteer search', async () => {
      const row = page.locator('table.events tbody tr[data-id]').first();
      const id = (await row.getAttribute('data-id'))!;
      await row.click();
      await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe(id);
      await page.keyboard.press('e');
      const form = page.getByRole('form', { name: 'Edit event' });
      await form.getByLabel('Search actors to add as recipient').fill('Government of Col');
      await form.getByRole('button', { name: /^Government of Colombia/ }).click();
      await form.getByLabel('Search the gazetteer for the event location').fill('Kafr');
      await form.getByRole('button', { name: /^Kafr Nabl/ }).click();
      await form.getByLabel('Note').fill('Fictional test: recipient and place corrected');
      await form.getByRole('button', { name: 'Save edit' }).click();
      await expect.poll(() => page.getByTestId('review-status').textContent()).toBe('edited');
      const stored = (await store.getEvent(id))!;
      expect(stored.recipient.map((a) => a.id)).toContain('col.gov');
      expect(stored.location).toMatchObject({ name: 'Kafr Nabl', lat: 35.6142, lon: 36.5614, country: 'SY' });
      const history = await store.history(id);
      expect(history.at(-1)).toMatchObject({
        action: 'edit',
        note: 'Fictional test: recipient and place corrected',
      });
    });

    it('picks an event location by clicking the map', async () => {
      await page.keyboard.press('e');
      const form = page.getByRole('form', { name: 'Edit event' });
      await form.getByRole('button', { name: 'Pick on map' }).click();
      await page.locator('.map-status.pick').waitFor();
      const canvas = page.locator('.map canvas');
      const box = (await canvas.boundingBox())!;
      // Click bare map, not a marker: the selected event's own marker sits at the centre once the
      // map focuses it, and a click there opens that event instead of picking a point.
      const spot = await page.evaluate(({ x, y, width, height }) => {
        for (const fy of [0.5, 0.3, 0.7, 0.2, 0.8]) {
          for (const fx of [0.5, 0.3, 0.7, 0.2, 0.8]) {
            const px = x + width * fx;
            const py = y + height * fy;
            if (document.elementFromPoint(px, py)?.tagName === 'CANVAS') return { px, py };
          }
        }
        return null;
      }, box);
      expect(spot, 'a point of the map with no marker on it').not.toBeNull();
      await page.mouse.click(spot!.px, spot!.py);
      // The picked point replaces the location: a name made of its coordinates, precision 1.
      await expect
        .poll(() => form.locator('.picker', { hasText: 'Location' }).first().textContent())
        .toMatch(/-?\d+\.\d{4}, -?\d+\.\d{4} \(-?\d+\.\d{4}, -?\d+\.\d{4}\) · precision 1/);
      expect(await page.locator('.map-status.pick').count()).toBe(0);
      await form.getByRole('button', { name: 'Cancel' }).click();
    });

    it('brushing the timeline filters the table by date; the map extent can filter it too', async () => {
      await page.getByRole('button', { name: 'Clear all' }).click();
      const all = await store.queryEvents({}, { limit: 1 });
      await waitTotal(all.total);
      const svg = page.locator('.timeline svg');
      const box = (await svg.boundingBox())!;
      const bars = await page.locator('.timeline g').count();
      // Drag across the first bin only.
      await page.mouse.move(box.x + 2, box.y + 20);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width / bars - 3, box.y + 30, { steps: 4 });
      await page.mouse.up();
      await expect.poll(() => new URL(page.url()).searchParams.get('from')).not.toBeNull();
      const url = new URL(page.url());
      const from = url.searchParams.get('from')!;
      const to = url.searchParams.get('to')!;
      const inRange = await store.queryEvents({ from, to }, { limit: 1 });
      expect(inRange.total).toBeLessThan(all.total);
      await waitTotal(inRange.total);
      await page.getByRole('button', { name: 'Clear dates' }).click();
      await waitTotal(all.total);

      // The map extent: zoom onto Bogotá's cluster, turn the extent filter on, and the table narrows.
      await page.getByLabel('Limit the table to the map extent').check();
      await page.locator('.maplibregl-ctrl-zoom-in').click();
      await expect.poll(() => new URL(page.url()).searchParams.get('bbox')).not.toBeNull();
      const bbox = new URL(page.url()).searchParams.get('bbox')!.split(',').map(Number) as [
        number,
        number,
        number,
        number,
      ];
      const inView = await store.queryEvents({ bbox }, { limit: 1 });
      await waitTotal(inView.total);
      await page.getByLabel('Limit the table to the map extent').uncheck();
      await waitTotal(all.total);
    });

    it('shows the keyboard help on ?', async () => {
      await page.locator('body').click({ position: { x: 5, y: 300 } });
      await page.keyboard.press('?');
      const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
      await help.waitFor();
      expect(await help.textContent()).toContain('accept the selected event');
      await page.keyboard.press('Escape');
      await expect.poll(() => help.isVisible()).toBe(false);
    });

    it('lists documents, searches them and opens one', async () => {
      await page.getByRole('button', { name: 'Documents', exact: true }).click();
      const all = await store.listDocuments({ limit: 1 });
      await expect.poll(() => page.getByTestId('documents-total').textContent()).toBe(`${all.total} stored`);
      await page.getByLabel('Search documents').fill('Kharkiv');
      await page.getByRole('button', { name: 'Search', exact: true }).click();
      const hits = await store.listDocuments({ q: 'Kharkiv', limit: 50 });
      expect(hits.items.map((d) => d.id)).toContain('fixture-kharkiv');
      await expect.poll(() => page.locator('.documents tbody tr[data-id]').count()).toBe(hits.items.length);
      await shot('documents');
      await page.locator('.documents tbody tr[data-id="fixture-kharkiv"] button').click();
      await expect
        .poll(() => page.locator('.reader-head h2').textContent())
        .toBe('Fictional: drone strike in Kharkiv');
    });

    it('a shared link restores its filters in a fresh page', async () => {
      const shared = await context.newPage();
      await shared.goto(`${base}/?type=PROTEST,AGREE&status=pending&sort=confidence`);
      const expected = await store.queryEvents(
        { type: ['PROTEST', 'AGREE'], status: ['pending'] },
        { limit: 1 },
      );
      await expect
        .poll(() => shared.getByTestId('events-total').textContent(), { timeout: 15_000 })
        .toMatch(new RegExp(`of ${expected.total}$`));
      expect(await shared.locator('input[name="type"][value="PROTEST"]').isChecked()).toBe(true);
      expect(await shared.locator('input[name="type"][value="AGREE"]').isChecked()).toBe(true);
      expect(await shared.getByLabel('Review status').inputValue()).toBe('pending');
      expect(await shared.locator('th[aria-sort="ascending"]').textContent()).toContain('Conf.');
      await shared.close();
    });

    it('uploads a file with a publication date and shows the result at once', async () => {
      await page.getByRole('button', { name: 'Add document' }).click();
      const html =
        '<html><head><title>Fictional upload</title></head><body><p>Fictional: protesters gathered in Bogotá ' +
        'on Monday, organizers said.</p><script>window.__pwned = "upload"</script></body></html>';
      await page.getByLabel(/or a file/).setInputFiles({
        name: 'fictional-upload.html',
        mimeType: 'text/html',
        buffer: Buffer.from(html),
      });
      await page.getByLabel(/^Published/).fill('2024-03-11');
      await page.getByRole('button', { name: 'Extract and store' }).click();
      const text = page.locator('.add-result [data-testid="doc-text"]');
      await text.waitFor({ timeout: 30_000 });
      expect(await text.textContent()).toContain('protesters gathered in Bogotá');
      expect(await page.locator('.add-result .reader-head').textContent()).toContain('published 2024-03-11');
      const stored = await store.listDocuments({ q: 'protesters gathered' });
      expect(stored.items.map((d) => d.published)).toContain('2024-03-11');
      expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    });

    it('shows a hostile document as written and runs none of it', async () => {
      await page.getByRole('button', { name: 'Add document' }).click();
      await page.getByLabel('Text').fill(HOSTILE_TEXT);
      await page.getByLabel(/^Title/).fill('Fictional hostile <b>title</b>');
      await page.getByLabel(/^Published/).fill('2024-03-07');
      await page.getByRole('button', { name: 'Extract and store' }).click();
      const check = async (text: ReturnType<Page['locator']>) => {
        // The panel may still show the previous upload's text until this result arrives: wait for
        // the new text rather than reading whatever is there when the element first exists.
        await expect.poll(() => text.textContent(), { timeout: 20_000 }).toBe(HOSTILE_TEXT);
        expect(await text.locator('script, img, a, svg, iframe, b').count()).toBe(0);
        // Seven invisible characters (RLO, PDF, ZWSP, LRI, RLI, PDI, BOM), each isolated and labelled.
        const ctrls = text.locator('.ctrl');
        expect(await ctrls.evaluateAll((els) => els.map((e) => e.getAttribute('data-ctrl')))).toEqual([
          'RLO',
          'PDF',
          'ZWSP',
          'LRI',
          'RLI',
          'PDI',
          'BOM',
        ]);
        expect(await ctrls.first().evaluate((e) => getComputedStyle(e).unicodeBidi)).toBe('isolate');
        expect(
          await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned),
        ).toBeUndefined();
      };
      // The result shows at once under the form…
      await check(page.locator('.add-result [data-testid="doc-text"]'));
      // …and the stored document reads the same in the reader.
      await page.getByRole('button', { name: 'Open in the reader' }).click();
      await expect
        .poll(() => page.locator('.reader-head h2').textContent())
        .toBe('Fictional hostile <b>title</b>');
      await check(page.getByTestId('doc-text'));
      expect(dialogs).toEqual([]);
      await shot('hostile');
    });

    it('ran without errors, CSP violations or requests to other origins', () => {
      expect(problems).toEqual([]);
    });
  },
);
