import type { Frame, Page } from 'playwright-core';
import { bodyBrightness, browserSuite, screenshot } from './helpers';
import { blocking, runAxe } from './helpers/axe';

/**
 * The issue panel's Evidence tab in Chromium, as the product owner (edits CHK, cannot
 * browse PLAT): a CHK problem with the demo's evidence and one link (seeded as the admin)
 * to a PLAT interview. The tab counts that link without naming it; linking a CHK interview
 * with a strength and a segment shows in the table and in the stored property; on a story,
 * the RICE confidence input offers the suggestion from its evidence, and "Use" only fills
 * the input (nothing is saved until the user saves).
 */
describe('issue panel: the Evidence tab', () => {
  const suite = browserSuite({ issues: 600 });
  const PROPERTY = 'pm-workflow.evidence';
  let problemKey: string;
  let storyKey: string;
  let hiddenInterview: string;
  let newInterview: string;

  const asAdmin = async (path: string, init: RequestInit = {}) => {
    const res = await fetch(`${suite.app.url}/rest/api/3${path}`, {
      ...init,
      headers: {
        authorization: suite.app.emulator!.authorizationFor(suite.accountId('admin@example.com')),
        'content-type': 'application/json',
      },
    });
    if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${path} answered ${res.status}`);
    const text = await res.text();
    return text ? (JSON.parse(text) as unknown) : undefined;
  };
  type Doc = { version: number; entries: { key: string; strength: number; source: string }[] };
  const stored = async (key: string, property = PROPERTY) =>
    ((await asAdmin(`/issue/${key}/properties/${property}`)) as { value: Doc }).value;

  beforeAll(async () => {
    const admin = suite.accountId('admin@example.com');
    const problems = await suite.searchKeys(admin, 'project = CHK AND issuetype = Problem ORDER BY key ASC', 1);
    const interviews = await suite.searchKeys(admin, 'project = CHK AND issuetype = Interview ORDER BY key ASC', 20);
    const [plat] = await suite.searchKeys(admin, 'project = PLAT AND issuetype = Interview ORDER BY key ASC', 1);
    const stories = await suite.searchKeys(admin, 'project = CHK AND issuetype = Story ORDER BY key ASC', 20);
    if (!problems[0] || !plat || interviews.length === 0)
      throw new Error('the demo has no CHK problem, CHK interview or PLAT interview');
    problemKey = problems[0];
    hiddenInterview = plat;
    const doc = await stored(problemKey);
    const free = interviews.find((k) => !doc.entries.some((e) => e.key === k));
    if (!free) throw new Error('every CHK interview is already evidence for the problem');
    newInterview = free;
    // Someone who can see PLAT linked one of its interviews.
    const hidden = {
      key: hiddenInterview,
      strength: 3,
      sourceKind: 'customer',
      source: 'Sealed Customer',
      observedOn: '2026-10-01',
      linkedBy: admin,
      linkedAt: '2026-10-01T09:00:00.000Z',
    };
    await asAdmin(`/issue/${problemKey}/properties/${PROPERTY}`, {
      method: 'PUT',
      body: JSON.stringify({ ...doc, entries: [...doc.entries, hidden] }),
    });
    // A story with demo evidence (the generator gives it to the first stories with PM data).
    for (const key of stories) {
      const has = await asAdmin(`/issue/${key}/properties/${PROPERTY}`).catch(() => undefined);
      if (has) {
        storyKey = key;
        break;
      }
    }
    if (!storyKey) throw new Error('no CHK story has demo evidence');
  });

  const open = (page: Page, issue: string, theme?: 'dark'): Promise<Frame> =>
    suite.openModule(
      page,
      'pm-requirement-panel',
      { as: suite.accountId('po@example.com'), issue, ...(theme ? { theme } : {}) },
      '[data-testid="tab-evidence"]',
    );

  it('counts the evidence, names its segments and customers, and counts a hidden link without naming it', async () => {
    const { page, errors } = await suite.newPage({ width: 900, height: 1100 });
    const frame = await open(page, problemKey);
    const before = await stored(problemKey);
    expect(await frame.locator('[data-testid="tab-evidence"]').innerText()).toBe(`Evidence (${before.entries.length})`);
    await frame.locator('[data-testid="tab-evidence"]').click();
    const tab = frame.locator('[data-testid="evidence-tab"]');
    await tab.waitFor();
    const visible = before.entries.length - 1;
    expect(await frame.locator('[data-testid="evidence-count"]').innerText()).toMatch(
      new RegExp(`^${visible} items?, strength \\+\\d+.*and 1 linked item you cannot see, not counted`),
    );
    expect(await frame.locator('[data-testid="evidence-table"] tbody tr').count()).toBe(visible);
    expect(await frame.locator('[data-testid="hidden-evidence"]').innerText()).toMatch(
      /1 link to an item you cannot see/,
    );
    const text = await frame.locator('main').innerText();
    expect(text).not.toContain(hiddenInterview);
    expect(text).not.toContain('Sealed Customer');
    expect(await frame.locator('[data-testid="evidence-segments"]').count()).toBe(1);
    await screenshot(page, `issue-panel-${problemKey}-evidence`);
    errors.assertNone();
    await page.close();
  });

  it('links an interview with a strength and a segment from the keyboard; the hidden link stays', async () => {
    const { page, errors } = await suite.newPage({ width: 900, height: 1100 });
    const frame = await open(page, problemKey);
    await frame.locator('[data-testid="tab-evidence"]').click();
    const form = frame.locator('[data-testid="evidence-form"]');
    await form.getByLabel('Evidence issue').fill(newInterview);
    await form.getByLabel('Strength').selectOption({ label: '+3 strong' });
    await form.getByLabel('Segment').fill('Browser test segment');
    // Submit with Enter from the last field: the form works without a mouse.
    await form.getByLabel('Note (optional)').fill('Said it twice');
    await form.getByLabel('Note (optional)').press('Enter');
    await frame.waitForSelector(`[data-evidence-key="${newInterview}"]`, { timeout: 15_000 });
    expect(await frame.locator(`[data-evidence-key="${newInterview}"]`).innerText()).toMatch(
      /\+3 strong[\s\S]*Browser test segment[\s\S]*today/,
    );
    expect(await frame.locator('[data-testid="evidence-segments"]').innerText()).toMatch(
      /Browser test segment · 1 · \+3/,
    );
    const after = await stored(problemKey);
    expect(after.entries.map((e) => e.key)).toEqual(expect.arrayContaining([newInterview, hiddenInterview]));
    expect(after.entries.find((e) => e.key === newInterview)).toMatchObject({
      strength: 3,
      source: 'Browser test segment',
    });
    errors.assertNone();
    await page.close();
  });

  it('on a story, the RICE confidence input offers the suggestion with its reason; Use fills the input and saves nothing', async () => {
    const { page, errors } = await suite.newPage({ width: 900, height: 1200 });
    const frame = await open(page, storyKey, 'dark');
    expect(await bodyBrightness(frame)).toBeLessThan(80);
    await frame.locator('[data-testid="tab-evidence"]').click();
    const line = await frame.locator('[data-testid="evidence-suggestion-line"]').innerText();
    const suggested = Number(/Suggested RICE confidence: (\d+) %/.exec(line)?.[1]);
    expect([50, 80, 100]).toContain(suggested);
    expect(line).toMatch(/Evidence weight|No (recent )?customer evidence/);
    await screenshot(page, `issue-panel-${storyKey}-evidence-dark`);

    const requirementBefore = await stored(storyKey, 'pm-workflow.requirement');
    await frame.locator('[data-testid="tab-edit"]').click();
    const suggestion = frame.locator('[data-model-inputs="rice"] [data-testid="confidence-suggestion"]');
    await suggestion.waitFor();
    expect(await suggestion.innerText()).toContain(`Suggested from evidence: ${suggested} %.`);
    const select = frame.locator('[data-model-inputs="rice"] select').nth(1);
    if ((await select.inputValue()) === String(suggested)) await select.selectOption({ label: 'Not set' });
    await suggestion.getByRole('button', { name: `Use the suggested confidence, ${suggested} %` }).click();
    expect(await select.inputValue()).toBe(String(suggested));
    expect(await suggestion.getByRole('button').innerText()).toBe('Matches the suggestion');
    // Applying is not saving.
    expect(await stored(storyKey, 'pm-workflow.requirement')).toEqual(requirementBefore);
    errors.assertNone();
    await page.close();
  });

  it.each(['light', 'dark'] as const)(
    'axe finds no serious or critical violation in the Evidence tab (%s)',
    async (theme) => {
      // axe is injected as a script, which Forge's CSP forbids: this context bypasses CSP.
      const context = await suite.browser.newContext({ viewport: { width: 1024, height: 1100 }, bypassCSP: true });
      try {
        const page = await context.newPage();
        const frame = await open(page, problemKey, theme === 'dark' ? 'dark' : undefined);
        await frame.locator('[data-testid="tab-evidence"]').click();
        await frame.locator('[data-testid="evidence-tab"]').waitFor();
        expect(blocking(await runAxe(frame))).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  it('an unlink after someone else saved answers "saved first"; Try again loads their version, nothing is overwritten', async () => {
    const { page, errors } = await suite.newPage({ width: 900, height: 1100 }, { ignore: [/status of 4\d\d/] });
    const frame = await open(page, problemKey);
    await frame.locator('[data-testid="tab-evidence"]').click();
    await frame.waitForSelector(`[data-evidence-key="${newInterview}"]`);
    // Someone else's save lands after this panel read the evidence.
    const doc = await stored(problemKey);
    const theirs = {
      ...doc,
      version: doc.version + 1,
      entries: doc.entries.map((e) => (e.key === newInterview ? { ...e, source: 'Their segment' } : e)),
    };
    await asAdmin(`/issue/${problemKey}/properties/${PROPERTY}`, { method: 'PUT', body: JSON.stringify(theirs) });
    await frame.getByRole('button', { name: `Unlink ${newInterview}` }).click();
    await frame.waitForSelector('text=Someone else saved first', { timeout: 15_000 });
    expect(await stored(problemKey)).toEqual(theirs);
    await frame.getByRole('button', { name: 'Try again' }).click();
    await frame.waitForFunction(
      (key) => /Their segment/.test(document.querySelector(`[data-evidence-key="${key}"]`)?.textContent ?? ''),
      newInterview,
      { timeout: 15_000 },
    );
    errors.assertNone();
    await page.close();
  });

  // Last: it changes the site's configuration.
  it('an admin configures which phases are evidence on the admin page; the setting is saved', async () => {
    const { page, errors } = await suite.newPage({ width: 1200, height: 900 });
    const openAdmin = () =>
      suite.openModule(page, 'pm-admin', { as: suite.accountId('admin@example.com') }, '#pm-evidence-h');
    let frame = await openAdmin();
    const toggle = frame.locator('#pm-evidence-h button[aria-expanded]');
    const summary = () => frame.locator('[data-testid="pm-evidence-h-summary"]').innerText();
    expect(await summary()).toBe('Interview issues are evidence for Problem, Requirements (default)');
    await toggle.focus();
    await page.keyboard.press('Enter');
    const items = frame.getByRole('group', { name: 'Issues in these phases are evidence' });
    await items.getByLabel('Analysis', { exact: true }).check();
    await frame.locator('button', { hasText: 'Save configuration' }).click();
    await frame.waitForSelector('[data-testid="admin-status"] >> text=/Saved/', { timeout: 15_000 });
    frame = await openAdmin();
    expect(await summary()).toBe('Interview, Analysis issues are evidence for Problem, Requirements');
    errors.assertNone();
    await page.close();
  });
});
