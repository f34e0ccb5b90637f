import { Button } from '../shared/native';
import { SelectField } from '../shared/fields';
import { Card, ErrorText } from './Card';
import type { CardProps } from './editor-props';

/** Link types that mean "child of" besides Jira's own parent field, picked from the site's link types. */
export function ParentLinksCard({ config, dispatch, readOnly: ro, at, exact, site, card }: CardProps) {
  const links = config.hierarchy.parentLinks;
  const set = (next: typeof links) => dispatch({ type: 'parent-links', links: next });
  const linkTypes = site?.linkTypes ?? [];
  return (
    <Card
      {...card('parentLinks')}
      title="Parent links"
      id="pm-parent-links-h"
      description="Besides Jira’s parent field, an issue link of these types can make one issue the parent of another in roll-ups and the “why” chain."
    >
      {links.length ? (
        <ul className="pm-stack-sm">
          {links.map((l, i) => {
            const type = linkTypes.find((t) => t.name === l.type);
            return (
              <li key={i} className="pm-row" style={{ alignItems: 'end', gap: 8, flexWrap: 'wrap' }}>
                <div style={{ width: 220 }}>
                  <SelectField
                    label={`Link type ${i + 1}`}
                    value={l.type}
                    options={linkTypes.map((t) => ({ value: t.name, label: t.name }))}
                    unknownLabel="not on this site"
                    disabled={ro}
                    errors={at(`hierarchy.parentLinks.${i}.type`)}
                    onChange={(v) => v && set(links.map((x, k) => (k === i ? { ...x, type: v } : x)))}
                  />
                </div>
                <div style={{ width: 260 }}>
                  <SelectField
                    label="Where the parent lies on the child’s link"
                    value={l.parentDirection}
                    disabled={ro}
                    options={[
                      {
                        value: 'outward' as const,
                        label: `Outward (the child ${type?.outward ?? 'links to'} its parent)`,
                      },
                      {
                        value: 'inward' as const,
                        label: `Inward (the child ${type?.inward ?? 'is linked from'} its parent)`,
                      },
                    ]}
                    onChange={(v) => v && set(links.map((x, k) => (k === i ? { ...x, parentDirection: v } : x)))}
                  />
                </div>
                {ro ? null : (
                  <Button
                    spacing="compact"
                    appearance="subtle"
                    aria-label={`Remove parent link ${l.type}`}
                    onClick={() => set(links.filter((_, k) => k !== i))}
                  >
                    Remove
                  </Button>
                )}
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="pm-small pm-muted">None: only Jira’s parent field makes parents.</p>
      )}
      <ErrorText messages={exact('hierarchy.parentLinks')} />
      {ro || linkTypes.length === 0 ? null : (
        <div>
          <Button onClick={() => set([...links, { type: linkTypes[0]!.name, parentDirection: 'outward' }])}>
            Add a parent link
          </Button>
        </div>
      )}
    </Card>
  );
}
