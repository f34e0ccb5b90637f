import { useEffect, useState } from 'react';
import type { BacklogFilter, PhaseRef } from '../../../src/contract/api';
import { MOSCOW_CATEGORIES, READINESS_STATES } from '../../../src/contract/ui-runtime-shared';
import { MOSCOW_LABEL, READINESS_LABEL } from '../shared/format';
import { Button } from '../shared/native';
import { activeFilterCount } from './backlog-filter-url';

/**
 * The backlog's server-side filters (each one a JQL clause: the pages and the CSV export read the
 * same issues). Status joins "open / all" and the status category in one choice.
 */
type StatusChoice = 'open' | 'all' | 'new' | 'indeterminate' | 'done';
const STATUS_CHOICES: { id: StatusChoice; label: string }[] = [
  { id: 'open', label: 'Open (not done)' },
  { id: 'new', label: 'To do' },
  { id: 'indeterminate', label: 'In progress' },
  { id: 'done', label: 'Done' },
  { id: 'all', label: 'All statuses' },
];
const MOSCOW_CHOICES = MOSCOW_CATEGORIES.map((id) => ({ id, label: MOSCOW_LABEL[id] }));
const READINESS_CHOICES = READINESS_STATES.map((id) => ({ id, label: READINESS_LABEL[id] }));
const ISSUE_KEY = /^[A-Z][A-Z0-9_]{1,9}-\d+$/;
/** Label above its control, so a row of filters wraps as whole fields. */
const FIELD = { display: 'inline-flex', flexDirection: 'column', gap: 2 } as const;

const statusOf = (f: BacklogFilter): StatusChoice => f.statusCategory ?? f.status;
function withStatus(f: BacklogFilter, choice: StatusChoice): BacklogFilter {
  const { statusCategory: _c, ...rest } = f;
  if (choice === 'open' || choice === 'all') return { ...rest, status: choice };
  return { ...rest, status: 'all', statusCategory: choice };
}
function withValue<K extends 'phase' | 'moscow' | 'readiness' | 'epic' | 'persona'>(
  f: BacklogFilter,
  key: K,
  value: string,
): BacklogFilter {
  const { [key]: _old, ...rest } = f;
  return value ? ({ ...rest, [key]: value } as BacklogFilter) : (rest as BacklogFilter);
}

function KeyInput({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label: string;
  value: string | undefined;
  onChange: (v: string) => void;
}) {
  const [text, setText] = useState(value ?? '');
  useEffect(() => setText(value ?? ''), [value]);
  const typed = text.trim().toUpperCase();
  const bad = typed !== '' && !ISSUE_KEY.test(typed);
  const apply = () => {
    if (!bad && typed !== (value ?? '')) onChange(typed);
  };
  return (
    <span style={FIELD}>
      <label htmlFor={id} className="pm-small pm-muted">
        {label}
      </label>
      <input
        id={id}
        className="pm-input"
        style={{ width: 96, minHeight: 32 }}
        placeholder="e.g. CHK-12"
        value={text}
        aria-invalid={bad}
        aria-describedby={bad ? `${id}-err` : undefined}
        onChange={(e) => setText(e.target.value)}
        onBlur={apply}
        onKeyDown={(e) => {
          if (e.key === 'Enter') apply();
        }}
      />
      {bad ? (
        <span id={`${id}-err`} className="pm-error-text" role="alert">
          Type an issue key like CHK-12
        </span>
      ) : null}
    </span>
  );
}

function Choice({
  id,
  label,
  value,
  options,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  options: readonly { id: string; label: string }[];
  onChange: (v: string) => void;
}) {
  return (
    <span style={FIELD}>
      <label htmlFor={id} className="pm-small pm-muted">
        {label}
      </label>
      <select
        id={id}
        className="pm-select"
        style={{ minHeight: 32 }}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      >
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
    </span>
  );
}

export function BacklogFilters({
  filter,
  phases,
  onChange,
}: {
  filter: BacklogFilter;
  phases: readonly PhaseRef[];
  onChange: (f: BacklogFilter) => void;
}) {
  const any = [{ id: '', label: 'Any' }];
  const phaseOptions = [...any, ...phases.map((p) => ({ id: p.id, label: p.name }))];
  // A phase from a shared link that this configuration does not list still shows as chosen.
  if (filter.phase && !phases.some((p) => p.id === filter.phase))
    phaseOptions.push({ id: filter.phase, label: filter.phase });
  const active = activeFilterCount(filter);
  return (
    <div
      className="pm-row"
      style={{ alignItems: 'flex-end' }}
      role="group"
      aria-label="Filter the backlog (applied by Jira, also to the CSV export)"
    >
      <Choice
        id="pm-f-status"
        label="Status"
        value={statusOf(filter)}
        options={STATUS_CHOICES}
        onChange={(v) => onChange(withStatus(filter, v as StatusChoice))}
      />
      <Choice
        id="pm-f-phase"
        label="Phase"
        value={filter.phase ?? ''}
        options={phaseOptions}
        onChange={(v) => onChange(withValue(filter, 'phase', v))}
      />
      <Choice
        id="pm-f-moscow"
        label="MoSCoW"
        value={filter.moscow ?? ''}
        options={[...any, ...MOSCOW_CHOICES]}
        onChange={(v) => onChange(withValue(filter, 'moscow', v))}
      />
      <Choice
        id="pm-f-readiness"
        label="Readiness"
        value={filter.readiness ?? ''}
        options={[...any, ...READINESS_CHOICES]}
        onChange={(v) => onChange(withValue(filter, 'readiness', v))}
      />
      <KeyInput
        id="pm-f-epic"
        label="Epic"
        value={filter.epic}
        onChange={(v) => onChange(withValue(filter, 'epic', v))}
      />
      <KeyInput
        id="pm-f-persona"
        label="Persona"
        value={filter.persona}
        onChange={(v) => onChange(withValue(filter, 'persona', v))}
      />
      {active > 0 ? (
        <Button appearance="subtle" spacing="compact" onClick={() => onChange({ status: 'open' })}>
          Clear filters ({active})
        </Button>
      ) : null}
    </div>
  );
}
