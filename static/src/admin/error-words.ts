/** A field message as ErrorPanel's `fieldErrors` gives them (kept JSX-free, so Node tests can import this). */
export interface FieldError {
  path: string;
  message: string;
}

/**
 * The server's validation messages in words a person acts on. The domain's own
 * messages are sentences already ("unknown phase \"x\""); zod's generic ones
 * ("Too small: expected string to have >=1 characters") are rewritten per kind.
 */
const REWRITES: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^Too small: expected string to have >=1 characters?$/, () => 'This cannot be empty.'],
  [/^Too small: expected string to have >=(\d+) characters$/, (m) => `Use at least ${m[1]} characters.`],
  [/^Too big: expected string to have <=(\d+) characters$/, (m) => `Use at most ${m[1]} characters.`],
  [/^Too small: expected array to have >=1 items?$/, () => 'Add at least one.'],
  [/^Too small: expected number to be >=(\S+)$/, (m) => `Use ${m[1]} or more.`],
  [/^Too small: expected number to be >(\S+)$/, (m) => `Use a number above ${m[1]}.`],
  [/^Too big: expected number to be <=(\S+)$/, (m) => `Use ${m[1]} or less.`],
  [/^Invalid input: expected int, received number$/, () => 'Use a whole number.'],
  [/^Invalid input: expected number, received \w+$/, () => 'Enter a number.'],
  [/^must be kebab-case/, () => 'Use lower-case letters, digits and single dashes only.'],
  [/^must be a #RRGGBB colour$/, () => 'Use a colour like #0052CC.'],
  [/^Unrecognized keys?: (.+)$/, (m) => `This version of the app does not know the setting ${m[1]}.`],
];

export function inWords(message: string): string {
  for (const [pattern, rewrite] of REWRITES) {
    const m = pattern.exec(message);
    if (m) return rewrite(m);
  }
  // Domain messages start lower-case ("unknown phase ..."): make them a sentence.
  const sentence = message.charAt(0).toUpperCase() + message.slice(1);
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}

/** What a config path is, for the summary above the form ("Section 2 name", "Rule 5 issue type"). */
export function fieldLabel(path: string): string {
  const parts = path.split('.');
  const n = (i: number) => Number(parts[i]) + 1;
  const FIELD: Record<string, string> = {
    name: 'name',
    id: 'id',
    sectionId: 'section',
    upstream: 'dependencies',
    phaseId: 'phase',
    issueType: 'issue type',
    labels: 'labels',
    components: 'components',
    label: 'name',
    weight: 'weight',
    min: 'min',
    max: 'max',
    type: 'link type',
    blockedDirection: 'direction',
  };
  const field = (i: number) => (parts[i] ? ` ${FIELD[parts[i]!] ?? parts[i]}` : '');
  switch (parts[0]) {
    case 'sections':
      return `Section ${n(1)}${field(2)}`;
    case 'phases':
      return parts.length > 1 ? `Phase ${n(1)}${field(2)}` : 'Phases';
    case 'mapping':
      if (parts[1] === 'default' && parts.length > 2) return `Mapping rule ${n(2)}${field(3)}`;
      if (parts[1] === 'projects' && parts[2])
        return parts.length > 3 ? `${parts[2]} rule ${n(3)}${field(4)}` : `${parts[2]} rules`;
      return 'Mapping';
    case 'scoring':
      return parts[1] === 'weightedCriteria' && parts.length > 2
        ? `Criterion ${n(2)}${field(3)}`
        : `Scoring${field(1)}`;
    case 'readiness':
      return 'Readiness';
    case 'hierarchy':
      return 'Parent links';
    case 'dependencies':
      return parts[2] !== undefined ? `Blocking link ${n(2)}${field(3)}` : 'Blocking links';
    default:
      return 'Configuration';
  }
}

/** The save error's field messages, in words. */
export function configErrors(errors: FieldError[]): FieldError[] {
  return errors.map((e) => ({ path: e.path, message: inWords(e.message) }));
}
