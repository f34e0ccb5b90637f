import { useState } from 'react';
import { SelectField } from '../shared/fields';
import { Button } from '../shared/native';
import { AddByName } from './AddByName';
import { ErrorText } from './Card';
import type { CardProps } from './editor-props';
import { RuleRow } from './RuleRow';

/**
 * Rules one project keeps for itself: Jira tries them before the site-wide rules for that
 * project's issues. A project whose last rule is removed follows the site-wide rules again.
 */
export function ProjectRules(props: CardProps) {
  const { config, dispatch, readOnly, exact, site } = props;
  const names = new Map((site?.projects ?? []).map((p) => [p.key, p.name]));
  const projects = Object.entries(config.mapping.projects).sort(([a], [b]) => a.localeCompare(b));
  return (
    <div className="pm-stack-sm" data-testid="project-rules">
      <h3 className="pm-h3">Rules of one project</h3>
      <p className="pm-small pm-muted">
        {projects.length
          ? 'Tried first for that project’s issues; its issues not matched here follow the site-wide rules.'
          : 'None: every project follows the site-wide rules.'}
      </p>
      {projects.map(([project, rules]) => (
        <div key={project} className="pm-stack-sm">
          <div
            style={{ overflowX: 'auto' }}
            tabIndex={0}
            role="region"
            aria-label={`Rules of ${project} (scrolls sideways)`}
          >
            <table className="pm-table" aria-label={`Rules of ${project}`}>
              <caption className="pm-label" style={{ textAlign: 'left', paddingBottom: 4 }}>
                {names.has(project) ? `${names.get(project)} (${project})` : project}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Phase</th>
                  <th scope="col">Issue type</th>
                  <th scope="col">Labels</th>
                  <th scope="col">Components</th>
                  <th scope="col">
                    <span className="pm-sr-only">Preview</span>
                  </th>
                  <th scope="col">
                    <span className="pm-sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rules.map((r, i) => (
                  <RuleRow key={i} {...props} rule={r} index={i} project={project} />
                ))}
              </tbody>
            </table>
          </div>
          <ErrorText messages={exact(`mapping.projects.${project}`)} />
          {readOnly ? null : (
            <div>
              <Button spacing="compact" onClick={() => dispatch({ type: 'add-project-rule', project })}>
                Add a rule for {project}
              </Button>
            </div>
          )}
        </div>
      ))}
      {readOnly ? null : site ? (
        <AddProject
          choices={site.projects.filter((p) => !config.mapping.projects[p.key])}
          onAdd={(project) => dispatch({ type: 'add-project-rule', project })}
        />
      ) : (
        <AddByName
          label="Project key"
          placeholder="e.g. CHK"
          button="Add rules for a project"
          onAdd={(project) => dispatch({ type: 'add-project-rule', project })}
        />
      )}
    </div>
  );
}

/** A project picked from those the admin may browse (the site's), then its first rule. */
function AddProject({ choices, onAdd }: { choices: { key: string; name: string }[]; onAdd: (key: string) => void }) {
  const [key, setKey] = useState<string>();
  if (choices.length === 0) return <p className="pm-small pm-muted">Every project you can see has rules of its own.</p>;
  return (
    <div className="pm-row" style={{ alignItems: 'end' }}>
      <div style={{ width: 260 }}>
        <SelectField
          label="Project"
          value={key}
          emptyLabel="Choose a project…"
          options={choices.map((p) => ({ value: p.key, label: `${p.name} (${p.key})` }))}
          onChange={setKey}
        />
      </div>
      <Button
        isDisabled={!key}
        onClick={() => {
          if (key) onAdd(key);
          setKey(undefined);
        }}
      >
        Add rules for this project
      </Button>
    </div>
  );
}
