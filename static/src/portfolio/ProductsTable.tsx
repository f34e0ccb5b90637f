import { Fragment, type ReactNode } from 'react';
import { router } from '@forge/bridge';
import { token } from '@atlaskit/tokens';
import type { ProductRollupView, ScoreModel } from '../../../src/contract/api';
import { IssueLink, KpiStatusLozenge, Progress, sectionColor, sectionsOf } from '../shared/ui';
import { MODEL_LABELS } from '../../../src/contract/ui-runtime-shared';
import { formatNumber } from '../shared/format';
import { JqlLink } from '../shared/JqlLink';

const plural = (n: number, one: string, many: string) => `${formatNumber(n)} ${n === 1 ? one : many}`;

/** Text whose hyphenated words ("Go-to-market") do not break at their hyphens; other spaces wrap as usual. */
function KeepHyphenated({ text }: { text: string }) {
  return text.split(' ').map((word, i) => (
    <Fragment key={i}>
      {i > 0 ? ' ' : ''}
      {word.includes('-') ? <span style={{ whiteSpace: 'nowrap' }}>{word}</span> : word}
    </Fragment>
  ));
}

/** The product's PM Workflow project page (the `pm-dashboard` module), opened in the host page. */
function ProductLink({
  product,
  title,
  children,
}: {
  product: ProductRollupView;
  title?: string;
  children?: ReactNode;
}) {
  return (
    <a
      href={`/browse/${encodeURIComponent(product.projectKey)}`}
      title={title ?? `Open the PM Workflow page of ${product.projectName}`}
      onClick={(e) => {
        e.preventDefault();
        void router
          .navigate({ target: 'module', moduleKey: 'pm-dashboard', projectKey: product.projectKey })
          .catch(() => undefined);
      }}
    >
      {children ?? <strong>{product.projectName}</strong>}
    </a>
  );
}

/** The sections as configured (names, order, colours come with the phases), so added or renamed ones show. */
function PhaseDistribution({ product }: { product: ProductRollupView }) {
  const bySection = sectionsOf(product.phases.map((p) => p.phase)).map((s) => {
    const phases = product.phases.filter((p) => p.phase.section === s.id);
    return { ...s, color: sectionColor(s.id, s.color), total: phases.reduce((n, p) => n + p.total, 0), phases };
  });
  const total = bySection.reduce((n, s) => n + s.total, 0);
  if (!total) return <span className="pm-subtlest">No mapped issues</span>;
  const label = bySection.map((s) => `${s.name} ${s.total}`).join(', ');
  return (
    <span style={{ display: 'inline-flex', flexDirection: 'column', gap: 3, minWidth: 130 }}>
      <span className="pm-bar" role="img" aria-label={`Issues per section: ${label}`} style={{ height: 8 }}>
        {bySection.map((s) => (
          <span
            key={s.id}
            title={`${s.name}: ${s.total} (${s.phases.map((p) => `${p.phase.name} ${p.total}`).join(', ')})`}
            style={{ width: `${(s.total / total) * 100}%`, background: s.color }}
          />
        ))}
      </span>
      <span className="pm-small pm-subtlest pm-num pm-link-list">
        {bySection.map((s, n) => {
          const jql = product.searches.sections[s.id];
          const text = <KeepHyphenated text={`${s.name} ${s.total}`} />;
          return (
            <span key={s.id}>
              {n > 0 ? ', ' : ''}
              {jql && s.total > 0 ? (
                <JqlLink
                  jql={jql}
                  title={`Search Jira: the ${plural(s.total, 'issue', 'issues')} of ${product.projectName} in ${s.name}`}
                >
                  {text}
                </JqlLink>
              ) : (
                text
              )}
            </span>
          );
        })}
      </span>
    </span>
  );
}

function ReadinessSplit({ product }: { product: ProductRollupView }) {
  const r = product.readiness;
  const jql = product.searches.readiness;
  const total = r.ready + r.partial + r.notReady;
  if (!total) return <span className="pm-subtlest">—</span>;
  const parts = [
    { n: r.ready, c: token('color.chart.green.bold', '#22A06B'), l: 'ready' },
    { n: r.partial, c: token('color.chart.yellow.bold', '#B38600'), l: 'partly ready' },
    { n: r.notReady, c: token('color.chart.red.bold', '#E2483D'), l: 'not ready' },
  ];
  return (
    <span style={{ display: 'inline-flex', flexDirection: 'column', gap: 3, minWidth: 110 }}>
      <span
        className="pm-bar"
        role="img"
        aria-label={parts.map((p) => `${p.n} ${p.l}`).join(', ')}
        style={{ height: 8 }}
      >
        {parts.map((p) => (
          <span key={p.l} style={{ width: `${(p.n / total) * 100}%`, background: p.c }} />
        ))}
      </span>
      <span className="pm-small pm-subtlest pm-num pm-link-list">
        {(
          [
            [r.ready, 'ready', jql.ready, 'ready'],
            [r.partial, 'partly', jql.partial, 'partly ready'],
            [r.notReady, 'not', jql.notReady, 'not ready'],
          ] as const
        ).map(([n, word, search, meaning], i) => (
          <span key={word}>
            {i > 0 ? ' · ' : ''}
            {n > 0 ? (
              <JqlLink
                jql={search}
                title={`Search Jira: the ${plural(n, 'requirement', 'requirements')} of ${product.projectName} that ${n === 1 ? 'is' : 'are'} ${meaning}`}
              >
                {formatNumber(n)} {word}
              </JqlLink>
            ) : (
              `0 ${word}`
            )}
          </span>
        ))}
      </span>
    </span>
  );
}

/**
 * One row per product: its name opens its project page, and each count opens Jira's search for
 * the issues behind it (as Jira lets the viewer see them); labels say what they count.
 */
export function ProductsTable({ products, model }: { products: ProductRollupView[]; model: ScoreModel }) {
  return (
    <div style={{ overflowX: 'auto' }}>
      {/* Words stay whole (the page wraps anywhere, which let columns break names letter by letter); the table scrolls instead. */}
      <table
        className="pm-table"
        aria-label="Products in the portfolio"
        data-testid="portfolio-table"
        style={{ overflowWrap: 'normal' }}
      >
        <thead>
          <tr>
            <th scope="col">Product</th>
            <th scope="col" style={{ textAlign: 'right' }}>
              Issues
            </th>
            <th scope="col" style={{ textAlign: 'right' }}>
              Requirements
            </th>
            <th scope="col">Delivery</th>
            <th scope="col">Phases</th>
            <th scope="col">Top requirement ({MODEL_LABELS[model]})</th>
            <th scope="col">KPIs</th>
            <th scope="col">Readiness</th>
            <th scope="col" style={{ textAlign: 'right' }}>
              Stale scores
            </th>
          </tr>
        </thead>
        <tbody>
          {products.map((p) => (
            <tr key={p.projectKey} data-project={p.projectKey}>
              <td>
                <ProductLink product={p} />
                <span className="pm-small pm-subtlest" style={{ display: 'block' }}>
                  {p.projectKey}
                </span>
              </td>
              <td className="pm-num" style={{ textAlign: 'right' }}>
                <JqlLink
                  jql={p.searches.issues}
                  title={`Search Jira: the ${plural(p.issues, 'issue', 'issues')} of ${p.projectName}`}
                >
                  {formatNumber(p.issues)}
                </JqlLink>
              </td>
              <td className="pm-num" style={{ textAlign: 'right' }}>
                <JqlLink
                  jql={p.searches.requirements}
                  title={`Search Jira: the ${plural(p.requirements, 'requirement', 'requirements')} of ${p.projectName}`}
                >
                  {formatNumber(p.requirements)}
                </JqlLink>
              </td>
              <td>
                <Progress done={p.progress.done} total={p.progress.total} label={`${p.projectName} delivery`} />
              </td>
              <td>
                <PhaseDistribution product={p} />
              </td>
              <td style={{ maxWidth: 260 }}>
                {p.topScore ? (
                  <span style={{ display: 'block', minWidth: 0 }}>
                    <IssueLink issueKey={p.topScore.key} />{' '}
                    <strong className="pm-num">{formatNumber(p.topScore.value)}</strong>
                    <span
                      className="pm-small pm-muted pm-ellipsis"
                      style={{ display: 'block' }}
                      title={p.topScore.summary}
                    >
                      {p.topScore.summary}
                    </span>
                  </span>
                ) : (
                  <span className="pm-subtlest">Nothing scored</span>
                )}
              </td>
              <td>
                <KpiStatusLozenge status={p.kpiStatus} />
              </td>
              <td>
                <ReadinessSplit product={p} />
              </td>
              <td className="pm-num" style={{ textAlign: 'right' }}>
                {p.stale > 0 ? (
                  <JqlLink
                    jql={p.searches.stale}
                    title={`Search Jira: the ${plural(p.stale, 'requirement', 'requirements')} with a stale score`}
                  >
                    {formatNumber(p.stale)}
                  </JqlLink>
                ) : (
                  formatNumber(p.stale)
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
