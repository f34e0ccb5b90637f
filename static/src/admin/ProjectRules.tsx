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
  const { config, dispatch, readOnly, exact } = props;
  const projects = Object.entries(config.mapping.projects).sort(([a], [b]) => a.localeCompare(b));
  return (
    <div className="pm-stack-sm" data-testid="project-rules">
      <h3 className="pm-h3">Rules of one project</h3>
      <p className="pm-small pm-muted">
        {projects.length ? 'Tried first for that project’s issues; its issues not matched here follow the site-wide rules.' : 'None: every project follows the site-wide rules.'}
      </p>
      {projects.map(([project, rules]) => (
        <div key={project} className="pm-stack-sm">
          <div style={{ overflowX: 'auto' }} tabIndex={0} role="region" aria-label={`Rules of ${project} (scrolls sideways)`}>
            <table className="pm-table" aria-label={`Rules of ${project}`}>
              <caption className="pm-label" style={{ textAlign: 'left', paddingBottom: 4 }}>
                {project}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Phase</th>
                  <th scope="col">Issue type</th>
                  <th scope="col">Only with labels</th>
                  <th scope="col">Only with components</th>
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
      {readOnly ? null : <AddByName label="Project key" placeholder="e.g. CHK" button="Add rules for a project" onAdd={(project) => dispatch({ type: 'add-project-rule', project })} />}
    </div>
  );
}
