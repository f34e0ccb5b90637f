import type { Frame, Page } from 'playwright-core';
import { browserSuite, screenshot } from './helpers';
import { blocking, runAxe } from './helpers/axe';

/**
 * The admin page (workflow configuration) in Chromium: edit, reorder by keyboard, save,
 * validation errors next to the fields. (Jira shows admin pages to administrators only,
 * so the read-only state is not reachable through the local frame.)
 */

describe('admin module in Chromium', () => {
  const suite = browserSuite({ issues: 300 });
  const user = (email: string) => suite.accountId(email);

  const open = (page: Page, as: string): Promise<Frame> =>
    suite.openModule(page, 'pm-admin', { as }, '[aria-labelledby="pm-phases-h"], [data-error-code]');

  /** Cards start collapsed: open one by its heading button (keyboard, as a person would). */
  const expand = async (frame: Frame, headingId: string) => {
    const toggle = frame.locator(`#${headingId} button[aria-expanded]`);
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') {
      await toggle.focus();
      await frame.page().keyboard.press('Enter');
    }
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
  };

  const phaseOrder = (frame: Frame) =>
    frame
      .locator('[data-section="strategic"] li[data-phase]')
      .evaluateAll((lis) => lis.map((li) => li.getAttribute('data-phase')));

  it('reorders a phase with the keyboard, saves, and keeps the order after a reload', async () => {
    const { page, errors } = await suite.newPage({ width: 1200, height: 900 });
    let frame = await open(page, user('admin@example.com'));
    await expand(frame, 'pm-phases-h');
    const before = await phaseOrder(frame);
    expect(before.length).toBeGreaterThanOrEqual(3);
    const second = before[1]!;
    const secondName = await frame.locator(`li[data-phase="${second}"] input`).first().inputValue();

    await frame.locator(`button[aria-label="Move ${secondName} up"]`).focus();
    await page.keyboard.press('Enter');
    expect((await phaseOrder(frame))[0]).toBe(second);
    await screenshot(page, 'admin-edited');

    await frame.locator('button', { hasText: 'Save configuration' }).click();
    await frame.waitForSelector('[data-testid="admin-status"] >> text=/Saved/', { timeout: 15_000 });

    frame = await open(page, user('admin@example.com'));
    expect((await phaseOrder(frame))[0]).toBe(second);
    errors.assertNone();
    await page.close();
  });

  it('shows the server’s validation errors next to the fields', async () => {
    const { page, errors } = await suite.newPage({ width: 1200, height: 900 }, { ignore: [/status of 4\d\d/] });
    const frame = await open(page, user('admin@example.com'));
    await expand(frame, 'pm-phases-h');
    const firstName = frame.locator('[data-section="strategic"] li[data-phase] input').first();
    await firstName.fill('');
    await frame.locator('button', { hasText: 'Save configuration' }).click();
    await frame.waitForSelector('[data-error-code="validation"]', { timeout: 15_000 });
    expect(
      await frame.locator('[data-section="strategic"] li[data-phase]').first().locator('.pm-error-text').count(),
    ).toBeGreaterThan(0);
    expect(await firstName.getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'admin-validation');
    errors.assertNone();
    await page.close();
  });

  it('maps an issue type picked from the site’s types and previews how many issues the rule matches before saving', async () => {
    const { page, errors } = await suite.newPage({ width: 1024, height: 900 });
    const frame = await open(page, user('admin@example.com'));
    await expand(frame, 'pm-mapping-h');
    // At 1024 px every column (Preview and Remove too) is in view: the rules table does not scroll sideways.
    const region = frame.locator('[role="region"][aria-label^="Site-wide mapping rules"]');
    expect(await region.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(1);
    await frame.locator('button', { hasText: 'Add a rule' }).click();
    const rows = frame.locator('tr[data-rule]');
    const index = (await rows.count()) - 1;
    const typeSelect = frame.locator(`tr[data-rule="${index}"] select`).nth(1);
    // The picker lists the site's issue types (from GET /issuetype), not free text.
    const offered = await typeSelect.locator('option').allInnerTexts();
    expect(offered).toEqual(expect.arrayContaining(['Bug', 'Story', 'Epic']));
    await typeSelect.selectOption('Bug');
    // Bug already has a plain rule earlier in the default mapping: the new one would map nothing.
    await frame.locator(`button[aria-label="Preview rule ${index + 1}"]`).click();
    await frame.waitForSelector(
      `[data-testid="rule-preview-${index}"] >> text=/No issues: rule \\d+ maps this issue type first/`,
      { timeout: 15_000 },
    );
    // A type with no rule yet counts what Jira counts for it.
    await typeSelect.selectOption('Epic');
    const firstEpic = await frame
      .locator('tr[data-rule]')
      .evaluateAll((trs) =>
        trs.findIndex((tr) => (tr.querySelectorAll('select')[1] as HTMLSelectElement | undefined)?.value === 'Epic'),
      );
    await frame.locator(`button[aria-label="Preview rule ${firstEpic + 1}"]`).click();
    const preview = frame.locator(`[data-testid="rule-preview-${firstEpic}"]`);
    await preview.locator('strong').waitFor({ timeout: 15_000 });
    const shown = Number((await preview.locator('strong').innerText()).replace(/\D/g, ''));
    const res = await fetch(`${suite.app.url}/rest/api/3/search/approximate-count`, {
      method: 'POST',
      headers: {
        authorization: suite.app.emulator!.authorizationFor(user('admin@example.com')),
        'content-type': 'application/json',
      },
      body: JSON.stringify({ jql: 'issuetype = Epic' }),
    });
    expect(shown).toBe(((await res.json()) as { count: number }).count);
    expect(shown).toBeGreaterThan(0);
    await screenshot(page, 'admin-mapping-preview');
    errors.assertNone();
    await page.close();
  });

  it('names validation errors in words next to the field, and lists the fields above the form (no raw schema text)', async () => {
    const { page, errors } = await suite.newPage({ width: 1200, height: 900 }, { ignore: [/status of 4\d\d/] });
    const frame = await open(page, user('admin@example.com'));
    await expand(frame, 'pm-phases-h');
    await frame.locator('[data-section="strategic"] input').first().fill('');
    // Collapse the card again: the save error must open it, since its reason is next to the field.
    await frame.locator('#pm-phases-h button').click();
    expect(await frame.locator('#pm-phases-h button').getAttribute('aria-expanded')).toBe('false');
    await frame.locator('button', { hasText: 'Save configuration' }).click();
    await frame.waitForSelector('[data-error-code="validation"]', { timeout: 15_000 });
    expect(await frame.locator('#pm-phases-h button').getAttribute('aria-expanded')).toBe('true');
    // Collapsed while the error stands, it says so in its summary; the next failed save opens it again.
    await frame.locator('#pm-phases-h button').click();
    expect(await frame.locator('[data-testid="pm-phases-h-summary"]').innerText()).toMatch(/one field needs fixing/);
    await frame.locator('button', { hasText: 'Save configuration' }).click();
    await frame.waitForFunction(
      () => document.querySelector('#pm-phases-h button')?.getAttribute('aria-expanded') === 'true',
      undefined,
      { timeout: 15_000 },
    );
    const text = await frame.locator('main').innerText();
    expect(text).not.toMatch(/Too small|expected string/);
    expect(await frame.locator('[data-error-code="validation"]').innerText()).toMatch(/Section 1 name/);
    expect(await frame.locator('[data-section="strategic"] .pm-error-text').first().innerText()).toBe(
      'This cannot be empty.',
    );
    errors.assertNone();
    await page.close();
  });
  it('opens as a compact overview: every card collapsed with a one-line summary, opened by keyboard', async () => {
    const { page, errors } = await suite.newPage({ width: 1440, height: 900 });
    const frame = await open(page, user('admin@example.com'));
    const toggles = frame.locator('section.pm-card h2 button[aria-expanded]');
    expect(await toggles.count()).toBeGreaterThanOrEqual(5);
    expect(new Set(await toggles.evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-expanded'))))).toEqual(
      new Set(['false']),
    );
    // The form was 4,600-5,000 px tall; collapsed, its seven cards fit about a screen (904 px with the Business case card).
    const height = await frame.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThan(1000);
    expect(await frame.locator('[data-testid="pm-phases-h-summary"]').innerText()).toMatch(
      /^3 sections, 20 phases: Strategic product management, Technical product management, Go-to-market$/,
    );
    expect(await frame.locator('[data-testid="pm-mapping-h-summary"]').innerText()).toMatch(
      /^\d+ site-wide rules for \d+ phases/,
    );
    expect(await frame.locator('[data-testid="pm-readiness-h-summary"]').innerText()).toMatch(
      /Needs problem, persona, scenario, KPI; checked in Requirements/,
    );
    await screenshot(page, 'admin-overview-1440');
    // Enter on the heading's button opens the card; the phases are one line each.
    await expand(frame, 'pm-phases-h');
    expect(await frame.locator('#pm-phases-h-body').isVisible()).toBe(true);
    const rowHeights = await frame
      .locator('li[data-phase]')
      .evaluateAll((lis) => lis.map((li) => li.getBoundingClientRect().height));
    expect(Math.max(...rowHeights)).toBeLessThan(48);
    await page.keyboard.press('Enter');
    expect(await frame.locator('#pm-phases-h-body').isVisible()).toBe(false);
    errors.assertNone();
    await page.close();
  });

  it('gives one project rules of its own, with the issue type picked from the site’s, kept after a reload', async () => {
    const admin = user('admin@example.com');
    const { page, errors } = await suite.newPage({ width: 1024, height: 900 });
    let frame = await open(page, admin);
    await expand(frame, 'pm-mapping-h');
    // The project is picked from those the admin may browse, not typed.
    const projectPicker = frame.getByLabel('Project', { exact: true });
    expect(await projectPicker.locator('option').allInnerTexts()).toEqual(expect.arrayContaining(['Checkout (CHK)']));
    await projectPicker.selectOption('CHK');
    await frame.locator('button', { hasText: 'Add rules for this project' }).click();
    const row = frame.locator('tr[data-project="CHK"][data-project-rule="0"]');
    await row.getByLabel('CHK rule 1 phase').selectOption({ label: 'Requirements' });
    expect(await row.getByLabel('CHK rule 1 issue type').locator('option').allInnerTexts()).toEqual(
      expect.arrayContaining(['Bug', 'Story']),
    );
    await row.getByLabel('CHK rule 1 issue type').selectOption('Bug');
    await row.getByLabel('CHK rule 1 labels').fill('customer');
    await frame.locator('button', { hasText: 'Save configuration' }).click();
    await frame.waitForSelector('[data-testid="admin-status"] >> text=/Saved/', { timeout: 15_000 });

    frame = await open(page, admin);
    expect(await frame.locator('[data-testid="pm-mapping-h-summary"]').innerText()).toMatch(
      /; 1 project with its own rules$/,
    );
    await expand(frame, 'pm-mapping-h');
    const saved = frame.locator('tr[data-project="CHK"][data-project-rule="0"]');
    expect(await saved.getByLabel('CHK rule 1 phase').inputValue()).toBe('requirements');
    expect(await saved.getByLabel('CHK rule 1 issue type').inputValue()).toBe('Bug');
    expect(await saved.getByLabel('CHK rule 1 labels').inputValue()).toBe('customer');
    // A project with rules of its own is no longer offered.
    expect(await frame.getByLabel('Project', { exact: true }).locator('option').allInnerTexts()).not.toContain(
      'Checkout (CHK)',
    );
    await screenshot(page, 'admin-project-rules');
    errors.assertNone();
    await page.close();
  });

  it('a renamed and an added section show as configured in the issue panel’s phase picker and on the project page', async () => {
    const admin = user('admin@example.com');
    const { page, errors } = await suite.newPage({ width: 1200, height: 900 });
    let frame = await open(page, admin);
    await expand(frame, 'pm-phases-h');
    await frame.locator('[data-section="technical"] input').first().fill('Product delivery');
    // Enter in "New section" adds the section (it does not submit the whole form).
    await frame.getByLabel('New section').fill('Customer success');
    await frame.getByLabel('New section').press('Enter');
    await frame.getByLabel('New phase in Customer success').fill('Onboarding');
    await frame.getByLabel('New phase in Customer success').press('Enter');
    expect(await frame.locator('[data-section="customer-success"] li[data-phase="onboarding"]').count()).toBe(1);
    await frame.locator('button', { hasText: 'Save configuration' }).click();
    await frame.waitForSelector('[data-testid="admin-status"] >> text=/Saved/', { timeout: 15_000 });
    frame = await open(page, admin);
    expect(await frame.locator('[data-testid="pm-phases-h-summary"]').innerText()).toContain(
      '4 sections, 21 phases: Strategic product management, Product delivery, Go-to-market, Customer success',
    );

    const [storyKey] = (await suite.searchKeys(admin, 'project = CHK AND issuetype = Story ORDER BY key ASC', 1)) as [
      string,
    ];
    const panel = await suite.openModule(
      page,
      'pm-requirement-panel',
      { as: admin, issue: storyKey },
      '[aria-label="Scores per model"], [data-error-code]',
    );
    await panel.getByRole('tab', { name: 'Edit and score', exact: true }).click();
    await panel.waitForSelector('form[aria-label="Edit PM data"]');
    const groups = await panel
      .locator('optgroup')
      .evaluateAll((gs) => [...new Set(gs.map((g) => g.getAttribute('label')))]);
    expect(groups).toEqual(expect.arrayContaining(['Product delivery', 'Customer success']));
    expect(groups).not.toContain('Technical product management');

    // The project page lists the sections as configured, in order (its stored state is rebuilt for the new configuration).
    const dashboard = await suite.openModule(
      page,
      'pm-dashboard',
      { as: admin, project: 'CHK' },
      '[aria-labelledby="pm-workflow-h"] article[data-section]',
    );
    const names = await dashboard.locator('[aria-labelledby="pm-workflow-h"] article[data-section] h3').allInnerTexts();
    expect(names.map((n) => n.trim())).toEqual([
      'Strategic product management',
      'Product delivery',
      'Go-to-market',
      'Customer success',
    ]);
    errors.assertNone();
    await page.close();
  });

  it('picks the blocking link types of the priority-inversion flag from the site’s, with their direction in words, kept after a reload', async () => {
    const admin = user('admin@example.com');
    const { page, errors } = await suite.newPage({ width: 1200, height: 900 });
    let frame = await open(page, admin);
    await expand(frame, 'pm-scoring-h');
    const field = frame.locator('[data-testid="dependency-links"]');
    // Nothing set: the default is in force, and said so.
    expect(await field.innerText()).toMatch(/Default: Blocks \(the blocked issue is outward\)/);
    expect(await frame.getByLabel('Blocking link type 1').inputValue()).toBe('Blocks');
    const direction = frame.getByLabel('Where the blocked issue lies on the blocker’s link');
    // The direction speaks the site's own link words.
    expect(await direction.first().locator('option').allInnerTexts()).toEqual([
      'Outward (the blocker blocks it)',
      'Inward (the blocker is blocked by it)',
    ]);
    await field.getByRole('button', { name: 'Add a blocking link type' }).focus();
    await page.keyboard.press('Enter');
    const second = frame.getByLabel('Blocking link type 2');
    expect(await second.locator('option').allInnerTexts()).toEqual(
      expect.arrayContaining(['Blocks', 'Cloners', 'Duplicate', 'Relates']),
    );
    await second.selectOption('Cloners');
    await direction.nth(1).selectOption('inward');
    await frame.locator('button', { hasText: 'Save configuration' }).click();
    await frame.waitForSelector('[data-testid="admin-status"] >> text=/Saved/', { timeout: 15_000 });

    frame = await open(page, admin);
    const toggle = frame.locator('#pm-scoring-h button[aria-expanded]');
    if ((await toggle.getAttribute('aria-expanded')) === 'false')
      expect(await frame.locator('[data-testid="pm-scoring-h-summary"]').innerText()).toMatch(
        /blocking links Blocks, Cloners$/,
      );
    await expand(frame, 'pm-scoring-h');
    expect(await frame.getByLabel('Blocking link type 2').inputValue()).toBe('Cloners');
    expect(await frame.getByLabel('Where the blocked issue lies on the blocker’s link').nth(1).inputValue()).toBe(
      'inward',
    );
    expect(await frame.locator('[data-testid="dependency-links"]').innerText()).not.toMatch(/Default:/);
    // Back to the default: the setting is removed.
    await frame.getByRole('button', { name: /^Use the default/ }).click();
    expect(await frame.locator('[data-testid="dependency-links"]').innerText()).toMatch(
      /Default: Blocks \(the blocked issue is outward\)/,
    );
    errors.assertNone();
    await page.close();
  });

  it.each(['light', 'dark'] as const)('the blocking links field passes axe (%s)', async (theme) => {
    const context = await suite.browser.newContext({ viewport: { width: 1200, height: 900 }, bypassCSP: true });
    try {
      const page = await context.newPage();
      const frame = await suite.openModule(
        page,
        'pm-admin',
        { as: user('admin@example.com'), ...(theme === 'dark' ? { theme } : {}) },
        '[aria-labelledby="pm-phases-h"]',
      );
      await expand(frame, 'pm-scoring-h');
      await frame.locator('[data-testid="dependency-links"]').waitFor();
      expect(blocking(await runAxe(frame)).map((v) => `${v.id}: ${v.help}`)).toEqual([]);
      await frame
        .locator('[data-testid="dependency-links"]')
        .screenshot({ path: `test-output/screenshots/admin-dependency-links-${theme}.png` });
    } finally {
      await context.close();
    }
  });
});
