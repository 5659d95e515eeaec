// Specification of the HTML report as a browser lays it out: long words wrap, and the page never scrolls sideways.
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { claimLensContext, formatHtml } from '../../src/core/export';
import type { Sidecar } from '../../src/core/model/types';
import { parseSidecar } from '../../src/core/sidecar';
import { workbench } from './support/workbench';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'export');
const LONG_URL = `https://t.me/s/channel_name_of_an_osint_source/${'1234567890'.repeat(8)}?single&embed=true`;

/** The sample article's report, with a fact-checker's link in a note and a source named by its URL. */
function reportWithLongWords(): string {
  const text = readFileSync(path.join(FIXTURES, 'article.txt'), 'utf8');
  const parsed = parseSidecar(readFileSync(path.join(FIXTURES, 'article.txt.claims.json'), 'utf8'), 'article.txt.claims.json');
  if (!parsed.ok) throw new Error(parsed.error);
  const sidecar: Sidecar = {
    ...parsed.sidecar,
    sources: parsed.sidecar.sources.map((s, i) => (i === 0 ? { ...s, name: LONG_URL } : s)),
    claims: parsed.sidecar.claims.map((c, i) => (i === 0 ? { ...c, note: `Checked against ${LONG_URL}` } : c)),
  };
  const label = `reports/${'very-long-folder-name-'.repeat(4)}article.txt`;
  return formatHtml([{ label, iri: label, text, sidecar }], claimLensContext('0.0.0', '2026-12-01T00:00:00.000Z'));
}

async function sidewaysOverflow(page: Page, url: string, width: number): Promise<number> {
  await page.setViewportSize({ width, height: 800 });
  await page.goto(url);
  // A string expression: the page's DOM types are not part of this Node-side program.
  return Number(await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth'));
}

describe('the HTML report in a browser', function () {
  this.timeout(60_000);
  let folder = '';
  let context: BrowserContext | undefined;
  let page: Page | undefined;

  before(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'claimlens-report-'));
    writeFileSync(path.join(folder, 'report.html'), reportWithLongWords());
    // A context of its own, so the workbench page keeps its focus and size for the specs after this one.
    const browser = workbench().page.context().browser();
    if (!browser) throw new Error('the workbench page has no browser to open a report in');
    context = await browser.newContext();
    page = await context.newPage();
  });

  after(async () => {
    await context?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('wraps a long URL in a note or source name instead of making the page wider than a laptop window', async () => {
    // Before: the claims table grew to the URL's width, the page scrolled sideways and the quotes shrank to a word a line.
    assert.equal(await sidewaysOverflow(page as Page, pathToFileURL(path.join(folder, 'report.html')).href, 1100), 0);
  });

  it('scrolls the tables, not the page, in a window too narrow for their columns', async () => {
    assert.equal(await sidewaysOverflow(page as Page, pathToFileURL(path.join(folder, 'report.html')).href, 420), 0);
  });
});
