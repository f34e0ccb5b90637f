/**
 * A requirement's Kano survey at a glance: Better (how much having it pleases) across, |Worse|
 * (how much lacking it displeases) up, in the four quadrants of the usual satisfaction chart,
 * and each category's count as a bar. SVG themed with design tokens (light and dark).
 */
import { token } from '@atlaskit/tokens';
import { scaleLinear } from 'd3-scale';
import type { ScoreView } from '../../../src/contract/api';
import { formatNumber } from './format';

type Survey = NonNullable<ScoreView['kanoSurvey']>;

const CATEGORIES: { id: keyof Survey['counts']; label: string }[] = [
  { id: 'must-be', label: 'Must-be' },
  { id: 'one-dimensional', label: 'One-dimensional' },
  { id: 'attractive', label: 'Attractive' },
  { id: 'indifferent', label: 'Indifferent' },
  { id: 'reverse', label: 'Reverse' },
  { id: 'questionable', label: 'Questionable' },
];

const SIZE = 140;
const PAD = 18;

function Quadrants({ survey }: { survey: Survey }) {
  const inner = SIZE - 2 * PAD;
  // Better and |Worse| are shares (0..1) on both axes.
  const x = scaleLinear([0, 1], [PAD, PAD + inner]);
  const y = scaleLinear([0, 1], [SIZE - PAD, SIZE - PAD - inner]);
  const hasPoint = survey.better !== undefined && survey.worse !== undefined;
  const quadrant = (label: string, qx: number, qy: number) => (
    <text x={x(qx)} y={y(qy)} textAnchor="middle" fontSize="9" fill={token('color.text.subtlest', '#626F86')}>
      {label}
    </text>
  );
  return (
    <svg
      width={SIZE}
      height={SIZE}
      role="img"
      aria-label={
        hasPoint
          ? `Better ${formatNumber(survey.better)}, Worse ${formatNumber(survey.worse)}`
          : 'No Better / Worse: only reverse or questionable answers'
      }
    >
      <rect x={PAD} y={PAD} width={inner} height={inner} fill="none" stroke={token('color.border', '#091E4224')} />
      <line
        x1={x(0.5)}
        y1={PAD}
        x2={x(0.5)}
        y2={SIZE - PAD}
        stroke={token('color.border', '#091E4224')}
        strokeDasharray="3 3"
      />
      <line
        x1={PAD}
        y1={y(0.5)}
        x2={SIZE - PAD}
        y2={y(0.5)}
        stroke={token('color.border', '#091E4224')}
        strokeDasharray="3 3"
      />
      {quadrant('Must-be', 0.25, 0.9)}
      {quadrant('One-dim.', 0.75, 0.9)}
      {quadrant('Indifferent', 0.25, 0.08)}
      {quadrant('Attractive', 0.75, 0.08)}
      <text x={SIZE / 2} y={SIZE - 4} textAnchor="middle" fontSize="9" fill={token('color.text.subtle', '#44546F')}>
        Better →
      </text>
      <text
        x={8}
        y={SIZE / 2}
        textAnchor="middle"
        fontSize="9"
        fill={token('color.text.subtle', '#44546F')}
        transform={`rotate(-90 8 ${SIZE / 2})`}
      >
        |Worse| →
      </text>
      {hasPoint ? (
        <circle
          cx={x(survey.better as number)}
          cy={y(Math.abs(survey.worse as number))}
          r="5"
          fill={token('color.icon.brand', '#0C66E4')}
        />
      ) : null}
    </svg>
  );
}

export function KanoSurveyChart({ survey }: { survey: Survey }) {
  const max = Math.max(1, ...Object.values(survey.counts));
  return (
    <figure
      className="pm-row"
      style={{ margin: 0, alignItems: 'flex-start', gap: 12, flexWrap: 'wrap' }}
      data-testid="kano-survey-chart"
    >
      <Quadrants survey={survey} />
      <figcaption style={{ minWidth: 160 }}>
        <span className="pm-small pm-subtlest" style={{ display: 'block' }}>
          {survey.respondents} respondent{survey.respondents === 1 ? '' : 's'}
          {survey.better !== undefined
            ? ` · Better ${formatNumber(survey.better)} · Worse ${formatNumber(survey.worse)}`
            : ''}
        </span>
        <ul aria-label="Answers by category">
          {CATEGORIES.map((c) => (
            <li key={c.id} className="pm-small" style={{ display: 'flex', alignItems: 'center', gap: 6 }}>
              <span style={{ width: 96 }}>{c.label}</span>
              <span
                aria-hidden
                style={{
                  display: 'inline-block',
                  height: 8,
                  width: (survey.counts[c.id] / max) * 80,
                  background: token('color.background.accent.blue.subtle', '#579DFF'),
                  borderRadius: 2,
                }}
              />
              <span className="pm-num">{survey.counts[c.id]}</span>
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
