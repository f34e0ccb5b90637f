import { html, page } from './html';

/** One row of the local issue search: the issue and its indexed roll-up values (absent = no value). */
export interface SearchRow {
  key: string;
  summary: string;
  issueType: string;
  status: string;
  rollup: { progress?: number; effortProgress?: number; score?: number; scoreSum?: number; kpiStatus?: string };
}

/**
 * The local stand-in for Jira's issue search (`/issues/?jql=`): the JQL run as the acting user
 * through the same Jira the app uses, with the app's roll-up values (the indexed entity property
 * `pm-workflow.rollup`) as columns, so the README's roll-up JQL can be tried and seen. Jira's own
 * page is richer; this one lists the first 50 hits in the order the JQL asks for.
 */
export function renderIssueSearchPage(model: {
  jql: string;
  actingUser: string;
  theme: 'light' | 'dark';
  rows: SearchRow[];
  more: boolean;
  error?: string;
}): string {
  const num = (v: number | undefined) => (v === undefined ? '—' : String(Math.round(v * 100) / 100));
  const body = html`<header class="topbar">
      <span class="logo"><span class="logo-mark">J</span> Jira</span>
      <span class="badge">local</span>
      <span class="muted">Issue search as ${model.actingUser}</span>
    </header>
    <main class="content" data-testid="issue-search">
      <h1>Search issues</h1>
      <form method="get" action="/issues/" class="card">
        <label for="jql">JQL</label>
        <input id="jql" name="jql" value="${model.jql}" style="width: 100%; font-family: monospace" />
        <button type="submit">Search</button>
      </form>
      ${model.error ? html`<p class="error-box" role="alert">${model.error}</p>` : ''}
      ${
        model.error
          ? ''
          : html`<p class="muted" data-testid="search-count">
                ${model.rows.length}${model.more ? '+' : ''} issue${model.rows.length === 1 ? '' : 's'}
              </p>
              <table class="card" data-testid="search-results" style="border-collapse: collapse; width: 100%">
                <thead>
                  <tr>
                    <th scope="col">Key</th>
                    <th scope="col">Summary</th>
                    <th scope="col">Type</th>
                    <th scope="col">Status</th>
                    <th scope="col">pmRollupProgress</th>
                    <th scope="col">pmRollupEffortProgress</th>
                    <th scope="col">pmRollupScore</th>
                    <th scope="col">pmRollupKpiStatus</th>
                  </tr>
                </thead>
                <tbody>
                  ${model.rows.map(
                    (r) =>
                      html`<tr data-key="${r.key}">
                        <td>${r.key}</td>
                        <td>${r.summary}</td>
                        <td>${r.issueType}</td>
                        <td>${r.status}</td>
                        <td data-col="progress">${num(r.rollup.progress)}</td>
                        <td>${num(r.rollup.effortProgress)}</td>
                        <td data-col="score">${num(r.rollup.score)}</td>
                        <td>${r.rollup.kpiStatus ?? '—'}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>`
      }
    </main>`;
  return page({ title: 'Search issues (local)', theme: model.theme, body });
}
