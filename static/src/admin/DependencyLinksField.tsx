import { SelectField } from '../shared/fields';
import { Button } from '../shared/native';
import { ErrorText } from './Card';
import { dependencyLinksInForce, type WfDependencyLink } from './config-model';
import type { CardProps } from './editor-props';

/**
 * The link types the backlog's "Priority inversion" flag reads (`dependencies.links`): each a
 * site link type and the side of the blocker's link the blocked issue is on. Shown on the
 * scoring card, since it is part of how the backlog ranks.
 */
export function DependencyLinksField({ config, view, dispatch, readOnly: ro, at, exact, site }: CardProps) {
  const links = dependencyLinksInForce(config, view.defaults);
  const defaultNames = view.defaults.dependencyLinks.map((l) => l.type).join(', ');
  const isDefault = !config.dependencies;
  const set = (next: WfDependencyLink[] | undefined) => dispatch({ type: 'dependency-links', links: next });
  const linkTypes = site?.linkTypes ?? [];
  return (
    <fieldset className="pm-stack-sm" data-testid="dependency-links" style={{ border: 0, padding: 0, margin: 0 }}>
      <legend className="pm-h3">Blocking links (priority inversion)</legend>
      <p className="pm-small pm-muted">
        A requirement that blocks open work scored above it is flagged “Priority inversion” in the backlog, with the
        score that would lift it to its dependant’s rank. These issue link types mean “blocks”.{' '}
        {isDefault
          ? `Default: ${view.defaults.dependencyLinks.map((l) => `${l.type} (the blocked issue is ${l.blockedDirection})`).join(', ')}.`
          : null}
      </p>
      {links.length ? (
        <ul className="pm-stack-sm" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {links.map((l, i) => {
            const type = linkTypes.find((t) => t.name === l.type);
            const edit = (patch: Partial<WfDependencyLink>) =>
              set(links.map((x, k) => (k === i ? { ...x, ...patch } : x)));
            return (
              <li key={i} className="pm-row" style={{ alignItems: 'end', gap: 8, flexWrap: 'wrap' }}>
                <div style={{ width: 220 }}>
                  <SelectField
                    label={`Blocking link type ${i + 1}`}
                    value={l.type}
                    options={linkTypes.map((t) => ({ value: t.name, label: t.name }))}
                    unknownLabel="not on this site"
                    disabled={ro}
                    errors={at(`dependencies.links.${i}.type`)}
                    onChange={(v) => v && edit({ type: v })}
                  />
                </div>
                <div style={{ width: 300 }}>
                  <SelectField
                    label="Where the blocked issue lies on the blocker’s link"
                    value={l.blockedDirection}
                    disabled={ro}
                    errors={at(`dependencies.links.${i}.blockedDirection`)}
                    options={[
                      { value: 'outward' as const, label: `Outward (the blocker ${type?.outward ?? 'links to'} it)` },
                      {
                        value: 'inward' as const,
                        label: `Inward (the blocker ${type?.inward ?? 'is linked from'} it)`,
                      },
                    ]}
                    onChange={(v) => v && edit({ blockedDirection: v })}
                  />
                </div>
                {ro ? null : (
                  <Button
                    spacing="compact"
                    appearance="subtle"
                    aria-label={`Remove blocking link ${l.type}`}
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
        <p className="pm-small pm-muted">None: no priority inversion is flagged.</p>
      )}
      <ErrorText messages={exact('dependencies.links')} />
      {ro ? null : (
        <div className="pm-row" style={{ gap: 8 }}>
          {linkTypes.length ? (
            <Button
              onClick={() =>
                set([
                  ...links,
                  {
                    type: (linkTypes.find((t) => !links.some((l) => l.type === t.name)) ?? linkTypes[0]!).name,
                    blockedDirection: 'outward',
                  },
                ])
              }
              isDisabled={links.length >= 20}
            >
              Add a blocking link type
            </Button>
          ) : null}
          {isDefault ? null : (
            <Button appearance="subtle" onClick={() => set(undefined)}>
              Use the default ({defaultNames})
            </Button>
          )}
        </div>
      )}
    </fieldset>
  );
}
