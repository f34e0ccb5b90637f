import { ADMIN, PRODUCT_OWNER } from '../../../dev/demo-data/users';
import { PM_PROPERTY_KEY } from '../../../src/contract/pm-property';
import { emptyMeasured, type Measured } from '../bench-fields';
import { BIG_PROJECT } from '../generate-scale-site';
import { jiraAsUser } from '../http-jira-backend';
import type { AppSide } from '../app-side';
import { issuePanel, type PhaseContext } from './phase-context';
import { storiesOf } from './site-edits';

type Stored = { version: number; scores?: { rice?: { reach: number } } };

async function stored(side: AppSide, issueId: string): Promise<Stored | undefined> {
  const response = await jiraAsUser(
    side.info.url,
    side.info.authorizations[ADMIN.accountId] as string,
    `/rest/api/3/issue/${issueId}/properties/${PM_PROPERTY_KEY}`,
  );
  return response.status === 200 ? ((await response.json()) as { value: Stored }).value : undefined;
}

/**
 * Pairs of simultaneous saves of one requirement of the big project, by two
 * people from the same version, with Jira latency on. Lost: an acknowledged
 * save whose value is not the stored one after the pair (of two acknowledged
 * saves, one is always lost).
 */
export async function concurrentSaves({ side, sizes }: PhaseContext): Promise<Measured> {
  const out = emptyMeasured();
  const [issueId] = await storiesOf(side, BIG_PROJECT, 1);
  if (!issueId) throw new Error(`no story in ${BIG_PROJECT}`);
  const key = (
    (await (
      await jiraAsUser(
        side.info.url,
        side.info.authorizations[ADMIN.accountId] as string,
        `/rest/api/3/issue/${issueId}?fields=summary`,
      )
    ).json()) as { key: string }
  ).key;
  const panel = issuePanel(key, BIG_PROJECT);
  let lost = 0;
  let bothAcked = 0;
  let failed = 0;
  for (let pair = 0; pair < sizes.saveTrials; pair++) {
    const version = (await stored(side, issueId))?.version ?? 0;
    const reaches = [100_000 + pair * 2, 100_001 + pair * 2];
    const results = await Promise.all(
      [ADMIN.accountId, PRODUCT_OWNER.accountId].map((as, i) =>
        side
          .invoke(
            'pm-requirement-panel',
            'saveRequirement',
            { version, changes: { scores: { rice: { reach: reaches[i], impact: 2, confidence: 80, effort: 3 } } } },
            as,
            panel,
          )
          .catch(() => ({ ok: false as const, error: { code: 'refused', message: '' } })),
      ),
    );
    const acked = reaches.filter((_, i) => results[i]?.ok);
    const now = (await stored(side, issueId))?.scores?.rice?.reach;
    lost += acked.filter((reach) => reach !== now).length;
    if (acked.length === 2) bothAcked += 1;
    failed += results.filter((r) => !r.ok && r.error.code !== 'conflict').length;
  }
  out.values.concurrent_save_trials = sizes.saveTrials;
  out.values.concurrent_save_lost = lost;
  if (bothAcked > 0 || failed > 0)
    out.notes.concurrent_save_lost = `${bothAcked} pairs both acknowledged; ${failed} saves failed other than by conflict`;
  return out;
}
