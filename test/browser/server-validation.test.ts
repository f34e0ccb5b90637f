import { browserSuite, screenshot } from './helpers';

/**
 * A value the panel lets through (a well-formed issue key) that the server refuses (no such
 * issue, or one the user cannot see): the server's `validation` details name the field
 * (`changes.problemKey`), and the panel highlights that field with the message beside it.
 * Before details had one shape, this error came back as `{ keys: [...] }` and nothing was
 * highlighted.
 */
describe('a server validation error highlights the field it names, in Chromium', () => {
  const suite = browserSuite({ issues: 300 });

  it('a problem key that does not exist: the Problem field is marked invalid with the reason next to it', async () => {
    const admin = suite.accountId('admin@example.com');
    // A story whose stored inputs are all usable (some demo stories carry an off-scale rating the panel would flag first).
    const [issue] = await suite.searchKeys(
      admin,
      'project = CHK AND issuetype = Story AND pmRiceScore IS NOT EMPTY AND pmWsjfScore IS NOT EMPTY AND pmIceScore IS NOT EMPTY ORDER BY key ASC',
      1,
    );
    expect(issue).toBeDefined();
    const { page, errors } = await suite.newPage({ width: 1440, height: 900 }, { ignore: [/status of 4\d\d/] });
    const frame = await suite.openModule(
      page,
      'pm-requirement-panel',
      { as: admin, issue: issue! },
      '[aria-label="Scores per model"]',
    );
    await frame.locator('[data-testid="tab-edit"]').click();
    await frame.waitForSelector('form[aria-label="Edit PM data"]');

    const problem = frame.getByLabel('Problem', { exact: true });
    await problem.fill('CHK-99999');
    // The client accepts the shape of the key: no message yet, the field is not marked.
    expect(await problem.getAttribute('aria-invalid')).toBeNull();
    expect(await frame.locator('[aria-invalid="true"]').count()).toBe(0);
    await frame.locator('button[type="submit"]', { hasText: 'Save' }).click({ timeout: 5000 });

    await frame.waitForSelector('input[aria-invalid="true"]', { timeout: 15_000 });
    expect(await problem.getAttribute('aria-invalid')).toBe('true');
    const describedBy = await problem.getAttribute('aria-describedby');
    expect(describedBy).toBeTruthy();
    const message = await frame.locator(`[id="${describedBy}"]`).innerText();
    expect(message).toMatch(/does not exist or you cannot see it/);
    // Only the field the server named is marked.
    expect(await frame.locator('[aria-invalid="true"]').count()).toBe(1);
    expect(await frame.getByLabel('Persona', { exact: true }).getAttribute('aria-invalid')).toBeNull();
    await screenshot(page, `server-validation-problem-key-${issue}`);
    errors.assertNone();
  });
});
