import type { Frame, Page } from 'playwright-core';
import { browserSuite, screenshot } from './helpers';

/**
 * A link to an item the user cannot see, in the issue panel: as the product owner
 * (edits CHK, cannot browse PLAT) on a CHK requirement whose problem is a PLAT
 * issue. An unrelated save keeps the link; "Remove link" (after a confirm) removes
 * it, and a reload shows it gone. The stored document is read as the admin.
 */
describe('issue panel: removing a link to an item the user cannot see', () => {
  const suite = browserSuite({ issues: 600 });
  const PROPERTY = 'pm-workflow.requirement';
  let storyKey: string;
  let hiddenProblem: string;

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
  const storedDoc = async () =>
    ((await asAdmin(`/issue/${storyKey}/properties/${PROPERTY}`)) as { value: Record<string, unknown> }).value;

  beforeAll(async () => {
    const admin = suite.accountId('admin@example.com');
    const [story] = await suite.searchKeys(admin, 'project = CHK AND issuetype = Story ORDER BY key DESC', 1);
    const [problem] = await suite.searchKeys(admin, 'project = PLAT AND issuetype = Problem ORDER BY key ASC', 1);
    if (!story || !problem) throw new Error('the demo has no CHK story or PLAT problem');
    storyKey = story;
    hiddenProblem = problem;
    // Someone who can see PLAT linked its problem (written as the app's property, as a save would).
    const current = await asAdmin(`/issue/${storyKey}/properties/${PROPERTY}`).catch(() => undefined);
    const doc = (current as { value?: Record<string, unknown> } | undefined)?.value ?? {
      schemaVersion: 1,
      version: 1,
      kpiKeys: [],
      scores: {},
      index: {},
    };
    await asAdmin(`/issue/${storyKey}/properties/${PROPERTY}`, {
      method: 'PUT',
      body: JSON.stringify({ ...doc, problemKey: hiddenProblem }),
    });
  });

  const open = (page: Page): Promise<Frame> =>
    suite.openModule(
      page,
      'pm-requirement-panel',
      { as: suite.accountId('po@example.com'), issue: storyKey },
      '[aria-label="Scores per model"]',
    );
  const problemRow = (frame: Frame) => frame.locator('dl.pm-chain dt:text-is("Problem") + dd');

  it('an unrelated save keeps the link; Remove link with its confirm removes it, and a reload shows it gone', async () => {
    const { page, errors } = await suite.newPage({ width: 900, height: 1000 });
    let frame = await open(page);
    expect(await problemRow(frame).innerText()).toMatch(/an item you cannot see/);
    expect(await frame.locator('main').innerText()).not.toContain(hiddenProblem);

    // An unrelated save (a scoring input) keeps the link the user cannot see.
    await frame.locator('[data-testid="tab-edit"]').click();
    expect(await frame.locator('form[aria-label="Edit PM data"]').innerText()).toMatch(
      /Also links an item you cannot see/,
    );
    await frame.getByLabel('Reach (per quarter)').fill('77');
    await frame.locator('button[type="submit"]', { hasText: 'Save' }).click();
    await frame.waitForSelector('[data-testid="save-status"] >> text=/Saved version/', { timeout: 15_000 });
    expect((await storedDoc())['problemKey']).toBe(hiddenProblem);
    frame = await open(page);
    expect(await problemRow(frame).innerText()).toMatch(/an item you cannot see/);

    // Remove link asks first; Cancel leaves it.
    const removeButton = problemRow(frame).getByRole('button', { name: /Remove the problem link/ });
    await removeButton.click();
    const confirm = frame.locator('[data-testid="confirm-remove-problem"]');
    expect(await confirm.innerText()).toMatch(/you cannot link it again/);
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    expect(await confirm.count()).toBe(0);
    expect((await storedDoc())['problemKey']).toBe(hiddenProblem);

    await removeButton.click();
    await screenshot(page, `issue-panel-${storyKey}-remove-hidden-link`);
    // The confirm takes the focus, so Enter confirms from the keyboard.
    expect(
      await confirm
        .getByRole('button', { name: 'Remove', exact: true })
        .evaluate((el) => el === document.activeElement),
    ).toBe(true);
    await confirm.getByRole('button', { name: 'Remove', exact: true }).click();
    await frame.waitForFunction(
      () => /No problem linked yet/.test(document.querySelector('dl.pm-chain')?.textContent ?? ''),
      undefined,
      { timeout: 15_000 },
    );

    frame = await open(page);
    expect(await problemRow(frame).innerText()).toMatch(/No problem linked yet/);
    const stored = await storedDoc();
    expect(stored['problemKey']).toBeUndefined();
    // The earlier save's input is still there.
    expect(stored['scores']).toMatchObject({ rice: expect.objectContaining({ reach: 77 }) });
    errors.assertNone();
    await page.close();
  });
});
