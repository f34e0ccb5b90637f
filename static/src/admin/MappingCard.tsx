import { Button } from '../shared/native';
import { Card, ErrorText } from './Card';
import type { CardProps } from './editor-props';
import { ProjectRules } from './ProjectRules';
import { RuleRow } from './RuleRow';

/** The site-wide phase <-> issue type rules. */
export function MappingCard(props: CardProps) {
  const { config, dispatch, readOnly, exact, site } = props;
  return (
    <Card
      {...props.card('mapping')}
      title="Phase ↔ issue type mapping"
      id="pm-mapping-h"
      description="Issues of a type belong to the phase. Narrow a rule with labels or components (an issue needs one of them); narrowed rules win over plain ones. Preview counts the issues a site-wide rule maps before you save."
    >
      {site ? null : (
        <p className="pm-small pm-muted">
          The site’s issue types could not be listed, so type them as Jira names them.
        </p>
      )}
      <div
        style={{ overflowX: 'auto' }}
        tabIndex={0}
        role="region"
        aria-label="Site-wide mapping rules (scrolls sideways)"
      >
        <table className="pm-table" aria-label="Site-wide mapping rules">
          <thead>
            <tr>
              <th scope="col">Phase</th>
              <th scope="col">Issue type</th>
              <th scope="col">Labels</th>
              <th scope="col">Components</th>
              <th scope="col">Matches</th>
              <th scope="col">
                <span className="pm-sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {config.mapping.default.map((r, i) => (
              <RuleRow key={i} {...props} rule={r} index={i} />
            ))}
          </tbody>
        </table>
      </div>
      <ErrorText messages={exact('mapping.default')} />
      {readOnly ? null : (
        <div>
          <Button onClick={() => dispatch({ type: 'add-rule' })}>Add a rule</Button>
        </div>
      )}
      <ProjectRules {...props} />
    </Card>
  );
}
