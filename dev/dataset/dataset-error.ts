/** One problem found in a dataset: where (a JSON path like `issues[12].fields.issuetype.id`) and what. */
export interface DatasetProblem {
  path: string;
  message: string;
}

/** How many problems a DatasetError message lists before it says "and N more". */
const LISTED = 10;

/**
 * The only error a dataset load throws. Its message starts with the first problem
 * (`path: message`) so a one-line log names the bad value; `problems` holds them all.
 */
export class DatasetError extends Error {
  override readonly name = 'DatasetError';
  readonly problems: readonly DatasetProblem[];

  constructor(problems: readonly DatasetProblem[], source?: string) {
    const lines = problems.slice(0, LISTED).map((p) => `${p.path || '(root)'}: ${p.message}`);
    const more = problems.length > LISTED ? [`... and ${problems.length - LISTED} more`] : [];
    const head = source ? `Invalid dataset ${source}: ` : 'Invalid dataset: ';
    super(head + [lines.join('\n'), ...more].join('\n'));
    this.problems = problems;
  }
}

/** `['issues', 12, 'fields', 'issuetype', 'id']` -> `issues[12].fields.issuetype.id`. */
export function formatJsonPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else {
      const name = String(part);
      out += /^[A-Za-z_$][\w$]*$/.test(name) ? (out ? `.${name}` : name) : `[${JSON.stringify(name)}]`;
    }
  }
  return out;
}
