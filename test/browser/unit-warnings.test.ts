import type { Frame, Locator, Page } from 'playwright-core';
import { PM_PROPERTY_KEY } from '../../src/contract/pm-property';
import { browserSuite, screenshot } from './helpers';

/**
 * Wrong-unit warnings next to their field, in Chromium: a RICE confidence of 0.8 written to the
 * issue by another tool (Jira's REST API), a % KPI's target typed as 0.3 and a discount rate
 * typed as 0.08 each show a warning under the field that says what was probably meant, with a
 * button that applies it. A warning is not an error: the control is not aria-invalid, it is
 * described by the warning, and the form can still be saved as typed.
 */
describe('wrong-unit warnings beside their fields (Chromium)', () => {
  const suite = browserSuite({ issues: 600 });
  const admin = () => suite.accountId('admin@example.com');

  const openPanel = (page: Page, issue: string) =>
    suite.openModule(page, 'pm-requirement-panel', { as: admin(), issue }, '[role="tab"]');

  /** The `.pm-field` holding the control labelled `label`, and the control. */
  const fieldOf = (frame: Frame, label: string): { field: Locator; control: Locator } => {
    const control = frame.getByLabel(label, { exact: true }).first();
    return { field: frame.locator('.pm-field', { has: control }).first(), control };
  };

  /** The warning under the field, linked to the control; `alone`: it is the field's only message, and not an error. */
  const expectWarning = async (control: Locator, field: Locator, text: RegExp, alone = true) => {
    const warning = field.locator('[data-testid="field-warning"]');
    expect(await warning.innerText()).toMatch(text);
    const warnId = await warning.getAttribute('id');
    expect((await control.getAttribute('aria-describedby'))?.split(' ')).toContain(warnId);
    if (!alone) return;
    expect(await control.getAttribute('aria-invalid')).toBeNull();
    expect(await field.locator('[role="alert"]').count()).toBe(0);
  };

  it('a RICE confidence of 0.8 (written through Jira REST) is flagged under Confidence, and "Use 80 %" fixes it', async () => {
    const [story] = await suite.searchKeys(
      admin(),
      'project = CHK AND issuetype = Story AND statusCategory != Done ORDER BY key ASC',
    );
    const url = `${suite.app.url}/rest/api/3/issue/${story}/properties/${PM_PROPERTY_KEY}`;
    const headers = {
      authorization: suite.app.emulator!.authorizationFor(admin()),
      'content-type': 'application/json',
    };
    const current = (await (await fetch(url, { headers })).json()) as {
      value: { scores?: { rice?: Record<string, number> } } & Record<string, unknown>;
    };
    const value = {
      ...current.value,
      scores: { ...current.value.scores, rice: { reach: 2000, impact: 1, confidence: 0.8, effort: 4 } },
    };
    expect((await fetch(url, { method: 'PUT', headers, body: JSON.stringify(value) })).status).toBe(200);

    const { page, errors } = await suite.newPage({ width: 1440, height: 1000 });
    const frame = await openPanel(page, story!);
    await frame.locator('[data-testid="tab-edit"]').click();
    await frame.waitForSelector('form[aria-label="Edit PM data"]');
    const { field, control } = fieldOf(frame, 'Confidence');
    expect(await control.inputValue()).toBe('0.8');
    // The default strict scales also call 0.8 off the scale (an error); the warning says what was meant.
    await expectWarning(control, field, /confidence 0\.8 looks like a share.*did you mean 80\?/, false);
    expect(await control.getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, `issue-panel-${story}-unit-warning`);

    await field.getByRole('button', { name: 'Use 80 %' }).click();
    expect(await control.inputValue()).toBe('80');
    expect(await field.locator('[data-testid="field-warning"]').count()).toBe(0);
    expect(await control.getAttribute('aria-invalid')).toBeNull();
    // 2000 x 1 x 80 % / 4 = 400, previewed before saving (it was not scored at 0.8 on the strict scale).
    await frame.waitForFunction(
      () =>
        /400/.test(
          document.querySelector('form[aria-label="Edit PM data"] [data-testid="score-rice"]')?.textContent ?? '',
        ),
      undefined,
      { timeout: 15_000 },
    );
    errors.assertNone();
    await page.close();
  });

  it('a % KPI target typed as 0.3 beside a baseline of 25 is flagged under Target, and "Use 30" fixes it', async () => {
    const [kpiKey] = await suite.searchKeys(admin(), 'project = CHK AND issuetype = KPI ORDER BY key ASC');
    const { page, errors } = await suite.newPage({ width: 1024, height: 1200 });
    const frame = await openPanel(page, kpiKey!);
    await frame.locator('[role="tab"]', { hasText: 'KPI' }).click();
    await frame.getByRole('button', { name: 'Edit the KPI definition' }).click();
    await frame.getByLabel('Unit', { exact: true }).fill('%');
    await frame.getByLabel('Baseline', { exact: true }).fill('25');
    const { field, control } = fieldOf(frame, 'Target');
    await control.fill('0.3');
    await expectWarning(control, field, /target 0\.3 looks like a share: this KPI is in %.*did you mean 30\?/);
    // Save stays possible: a warning never blocks.
    expect(await frame.getByRole('button', { name: 'Save definition' }).isDisabled()).toBe(false);
    await field.getByRole('button', { name: 'Use 30' }).click();
    expect(await control.inputValue()).toBe('30');
    expect(await field.locator('[data-testid="field-warning"]').count()).toBe(0);
    errors.assertNone();
    await page.close();
  });

  it('a discount rate typed as 0.08 (%) is flagged in the business case form, and "Use 8 %" fixes it', async () => {
    const [initiative] = await suite.searchKeys(admin(), 'project = CHK AND issuetype = Initiative ORDER BY key ASC');
    const { page, errors } = await suite.newPage({ width: 1024, height: 1200 });
    const frame = await openPanel(page, initiative!);
    await frame.locator('[data-testid="tab-business-case"]').click();
    await frame.waitForSelector('[data-testid="business-case"] [data-testid="bc-investment"]', { timeout: 30_000 });
    const { field, control } = fieldOf(frame, 'Discount rate a year');
    await control.fill('0.08');
    await expectWarning(control, field, /The discount rate is 0\.08 % a year: if you meant 8 %, type 8/);
    await field.getByRole('button', { name: 'Use 8 %' }).click();
    expect(await control.inputValue()).toBe('8');
    expect(await field.locator('[data-testid="field-warning"]').count()).toBe(0);
    errors.assertNone();
    await page.close();
  });
});
