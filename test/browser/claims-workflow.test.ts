// Specification of the reader's loop in the real workbench: open an article, hover a claim, tag it from the panel, regroup the panel.
import { chooseFromContextMenu, runCommand } from '../../scripts/lib/workbench-actions';
import { claimsPane, screenshot, workbench } from './support/workbench';

const ARTICLE = 'conflict-border-shelling.txt';

describe('the reader’s loop in the workbench', function () {
  // Each step goes through the real UI of a slow, shared machine: the command palette alone takes seconds.
  this.timeout(180_000);

  it('opens an article with its claims highlighted and counted in the status bar', async () => {
    const { page } = workbench();
    await page.locator('.monaco-workbench').click({ position: { x: 700, y: 400 } });
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill(ARTICLE);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: ARTICLE }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.tabs-container .tab.active', { hasText: ARTICLE }).waitFor();
    await page.locator('.statusbar-item', { hasText: /\d+ claims · \d+ tagged/ }).waitFor();
    // For readable screenshots (ClaimLens wraps the article's long lines itself): no notifications left over from
    // other suites, a wider ClaimLens side bar, and the Workspace view (which lists every test article of the run) collapsed.
    await runCommand(page, 'Notifications: Clear All Notifications');
    await runCommand(page, 'View: Show ClaimLens');
    const sidebar = await page.locator('#workbench\\.parts\\.sidebar').boundingBox();
    if (sidebar) {
      const sashX = sidebar.x + sidebar.width;
      await page.mouse.move(sashX, sidebar.y + sidebar.height / 2);
      await page.mouse.down();
      await page.mouse.move(sashX + 180, sidebar.y + sidebar.height / 2, { steps: 5 });
      await page.mouse.up();
    }
    const workspaceHeader = page.locator('.pane-header', { hasText: 'Workspace' });
    if ((await workspaceHeader.getAttribute('aria-expanded')) === 'true') await workspaceHeader.click();
  });

  it('shows a claim’s source, cue and rating in words on hover', async () => {
    const { page } = workbench();
    // The hedge "might" of the unnamed doctor's claim ("several patients might not survive"): its own decorated span.
    await page.locator('.view-lines .view-line span', { hasText: /^might$/ }).first().hover();
    await page.locator('.monaco-hover', { hasText: 'Hedges: “might”' }).waitFor();
    await page.locator('.monaco-hover', { hasText: 'Source:' }).waitFor();
    await page.locator('.monaco-hover', { hasText: 'Rating:' }).waitFor();
    // The hover fades in: the screenshot waits until it is drawn fully opaque.
    await page.waitForFunction(
      "[...document.querySelectorAll('.monaco-hover')].some((el) => getComputedStyle(el).opacity === '1' && el.textContent.includes('Hedges:'))",
    );
    await screenshot('claimlens-hover');
    await page.keyboard.press('Escape');
  });

  it('tags a claim with its detected source from the Claims panel', async () => {
    const { page } = workbench();
    const pane = claimsPane(page);
    const status = page.locator('.statusbar-item', { hasText: /\d+ claims · \d+ tagged/ });
    const taggedBefore = Number(/(\d+) tagged/.exec(await status.innerText())?.[1]);
    const untaggedGroups = pane.locator('.monaco-list-row[aria-level="1"]', { hasText: 'detected, not tagged' });
    // A source with one claim: tagged, its group leaves the untagged ones.
    const untagged = pane.locator('.monaco-list-row[aria-level="1"]', { hasText: /(^|\D)1 claim · detected, not tagged/ }).first();
    await untagged.waitFor();
    const untaggedBefore = await untaggedGroups.count();
    // The list is virtual and its rows are not in DOM order; the claim under a group is the next index.
    const claimRow = pane.locator(`.monaco-list-row[data-index="${Number(await untagged.getAttribute('data-index')) + 1}"]`);
    await claimRow.click({ button: 'right' });
    await chooseFromContextMenu(page, 'Tag Source…');
    await page.locator('.quick-input-widget', { hasText: 'Source of the claim' }).waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.statusbar-item', { hasText: `· ${taggedBefore + 1} tagged` }).waitFor();
    // The claim's group is now its tagged source: one "detected, not tagged" group fewer (the panel regroups a moment later).
    for (const deadline = Date.now() + 30_000; (await untaggedGroups.count()) !== untaggedBefore - 1; await page.waitForTimeout(100)) {
      if (Date.now() > deadline) throw new Error(`the panel still lists ${await untaggedGroups.count()} untagged groups, expected ${untaggedBefore - 1}`);
    }
    await screenshot('claimlens-panel-by-source');
  });

  it('regroups the panel by state from the view’s menu', async () => {
    const { page } = workbench();
    await runCommand(page, 'ClaimLens: Group Claims by State');
    const pane = claimsPane(page);
    // A group row named by the state (a case-sensitive pattern: claim rows say "suggested" in their description).
    await pane.locator('.monaco-list-row[aria-level="1"]', { hasText: /Suggested\s*\d+ claims?/ }).first().waitFor();
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    await screenshot('claimlens-panel-by-state');
  });
});
