import { z } from 'zod';
import { validationDetails, validationMessage } from '../../../src/contract/validation-details';

/** Worked examples: every validation error reaches the UI as `{ issues: [{ path: string[], message }] }`. */
describe('validationDetails', () => {
  const zodIssues = (schema: z.ZodType, value: unknown) => {
    const parsed = schema.safeParse(value);
    if (parsed.success) throw new Error('expected the example to be invalid');
    return parsed.error.issues;
  };
  const effort = z.strictObject({
    scores: z.strictObject({ rice: z.strictObject({ effort: z.number().positive() }) }),
  });

  it.each([
    [
      'a nested zod path, numbers as strings',
      [{ path: ['rules', 3, 'issueType'], message: 'Required' }],
      [],
      [{ path: ['rules', '3', 'issueType'], message: 'Required' }],
    ],
    [
      'a prefix where the value sits in the payload',
      [{ path: ['phases', 0, 'name'], message: 'Too short' }],
      ['config'],
      [{ path: ['config', 'phases', '0', 'name'], message: 'Too short' }],
    ],
    [
      'the whole payload (empty path)',
      [{ path: [], message: 'Unrecognized key: "x"' }],
      [],
      [{ path: [], message: 'Unrecognized key: "x"' }],
    ],
    [
      'a symbol key by its description',
      [{ path: [Symbol('odd')], message: 'm' }],
      [],
      [{ path: ['odd'], message: 'm' }],
    ],
  ] as const)('%s', (_name, issues, prefix, expected) => {
    expect(validationDetails(issues, prefix)).toEqual({ issues: expected });
  });

  it('reads a real zod error: the path names the field', () => {
    const details = validationDetails(zodIssues(effort, { scores: { rice: { effort: 0 } } }), ['changes']);
    expect(details.issues).toHaveLength(1);
    expect(details.issues[0]!.path).toEqual(['changes', 'scores', 'rice', 'effort']);
    expect(details.issues[0]!.message).toMatch(/>0|greater|too small/i);
  });

  it('clips caller-chosen field names and messages, and lists at most 20 issues', () => {
    const longKey = 'k'.repeat(5000);
    const many = Array.from({ length: 30 }, (_, i) => ({ path: [longKey, i], message: 'm'.repeat(500) }));
    const details = validationDetails(many);
    expect(details.issues).toHaveLength(20);
    expect(details.issues[0]!.path[0]).toHaveLength(60);
    expect(details.issues[0]!.path[0]!.endsWith('…')).toBe(true);
    expect(details.issues[0]!.message).toHaveLength(160);
  });
});

describe('validationMessage', () => {
  it.each([
    [{ issues: [{ path: ['changes', 'phase'], message: 'not a phase' }] }, 'Invalid changes.phase: not a phase'],
    [{ issues: [{ path: [], message: 'Unrecognized key: "x"' }] }, 'Invalid (payload): Unrecognized key: "x"'],
    [{ issues: [] }, 'Invalid (payload): bad payload'],
  ])('%j -> %s', (details, expected) => {
    expect(validationMessage(details)).toBe(expected);
  });
});
