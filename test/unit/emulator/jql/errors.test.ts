/** Every rejection carries the message text Jira gives (or, for emulator limits, says so plainly). */
import { compileJql, JqlError } from '../../../../dev/emulator/jql';
import { errorOf, makeCheckingContext, makeContext } from './fixture';

const OPERATORS =
  "The valid operators are '=', '!=', '<', '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'.";
const P = 'Error in the JQL Query: ';

describe('syntax errors (with positions)', () => {
  it.each<[string, string]>([
    // The two below are Jira's own answers, word for word.
    ['invalid query', `${P}Expecting operator but got 'query'. ${OPERATORS} (line 1, character 9)`],
    [
      'reporter=a/user/with/slash',
      `${P}The character '/' is a reserved JQL character. You must enclose it in a string or use the escape '\\u002f' instead. (line 1, character 11)`,
    ],
    [
      'project = A%',
      `${P}The character '%' is a reserved JQL character. You must enclose it in a string or use the escape '\\u0025' instead. (line 1, character 12)`,
    ],
    [
      'labels = #tag',
      `${P}The character '#' is a reserved JQL character. You must enclose it in a string or use the escape '\\u0023' instead. (line 1, character 10)`,
    ],
    ['project', `${P}Expecting operator before the end of the query. ${OPERATORS}`],
    ['project =', `${P}Expecting either a value, list or function before the end of the query.`],
    [
      'project = )',
      `${P}Expecting either a value, list or function but got ')'. You must surround ')' in quotation marks to use it as a value. (line 1, character 11)`,
    ],
    [
      '= ABC',
      `${P}Expecting a field name but got '='. You must surround '=' in quotation marks to use it as a field name. (line 1, character 1)`,
    ],
    ['project = ABC AND', `${P}Expecting a field name before the end of the query.`],
    [
      'project = ABC\nAND ) ',
      `${P}Expecting a field name but got ')'. You must surround ')' in quotation marks to use it as a field name. (line 2, character 5)`,
    ],
    ['project = ABC status = Done', `${P}Expecting either 'OR' or 'AND' but got 'status'. (line 1, character 15)`],
    ['project = ABC)', `${P}Expecting either 'OR' or 'AND' but got ')'. (line 1, character 14)`],
    ['(project = ABC', `${P}Expecting ')' before the end of the query.`],
    ['project in (ABC, XYZ', `${P}Expecting ')' before the end of the query.`],
    ['project in (ABC XYZ)', `${P}Expecting either ',' or ')' but got 'XYZ'. (line 1, character 17)`],
    ['project not ABC', `${P}Expecting 'IN' but got 'ABC'. (line 1, character 13)`],
    ['summary ~ "abc', `${P}The quoted string 'abc' has not been completed. (line 1, character 11)`],
    ["summary ~ 'abc", `${P}The quoted string 'abc' has not been completed. (line 1, character 11)`],
    [
      'summary ~ "a\\kb"',
      `${P}'\\k' is an illegal JQL escape sequence. The valid escape sequences are \\', \\", \\t, \\n, \\r, \\\\, '\\ ' and \\uXXXX. (line 1, character 13)`,
    ],
    [
      'project = select',
      `${P}'select' is a reserved JQL word. You must surround it in quotation marks to use it in a query. (line 1, character 11)`,
    ],
    [
      'summary ~ check',
      `${P}'check' is a reserved JQL word. You must surround it in quotation marks to use it in a query. (line 1, character 11)`,
    ],
    ['project = ABC ORDER created', `${P}Expecting 'by' but got 'created'. (line 1, character 21)`],
    ['project = ABC ORDER BY', `${P}Expecting a field name before the end of the query.`],
    ['ORDER BY key up', `${P}Expecting either 'ASC' or 'DESC' but got 'up'. (line 1, character 14)`],
    ['ORDER BY key ASC status', `${P}Expecting ',' but got 'status'. (line 1, character 18)`],
    ['assignee = currentUser(', `${P}Expecting ')' before the end of the query.`],
    ['created > startOfDay(-1 -2)', `${P}Expecting either ')' or ',' but got '-2'. (line 1, character 25)`],
    [
      'issue.property[].x = 1',
      `${P}Expecting a property id but got ']'. You must surround ']' in quotation marks to use it as a value. (line 1, character 16)`,
    ],
    ['issue.property[pm = 1', `${P}Expecting ']' but got '='. (line 1, character 19)`],
  ])('%j', (jql, message) => {
    expect(errorOf(jql)).toBe(message);
  });
});

describe('fields, operators and operands', () => {
  it.each<[string, string]>([
    ['universe = 42', "Field 'universe' does not exist or you do not have permission to view it."],
    ['cf[10010] = 1', "Field 'cf[10010]' does not exist or you do not have permission to view it."],
    [
      'project.property[x].y = 1',
      "Field 'project.property[x].y' does not exist or you do not have permission to view it.",
    ],
    ['ORDER BY nothing', "Field 'nothing' does not exist or you do not have permission to view it."],
    // Jira's own answers, word for word.
    ['summary = test', "The operator '=' is not supported by the 'summary' field."],
    ['summary in test', `Operator 'in' does not support the non-list value '"test"' for field 'summary'.`],
    ['text !~ x', "The operator '!~' is not supported by the 'text' field."],
    ['labels ~ x', "The operator '~' is not supported by the 'labels' field."],
    ['project > ABC', "The operator '>' is not supported by the 'project' field."],
    ['key is EMPTY', "The operator 'is' is not supported by the 'key' field."],
    ['parent is not EMPTY', "The operator 'is not' is not supported by the 'parent' field."],
    ['statusCategory is EMPTY', "The operator 'is' is not supported by the 'statusCategory' field."],
    ['tier > a', "The operator '>' is not supported by the 'tier' field."],
    ['notes = x', "The operator '=' is not supported by the 'notes' field."],
    ['score ~ 1', "The operator '~' is not supported by the 'score' field."],
    ['project = (ABC, XYZ)', `Operator '=' does not support the list value '("ABC", "XYZ")' for field 'project'.`],
    ['score in 5', "Operator 'in' does not support the non-list value '5' for field 'score'."],
    ['labels in (a, (b))', `Operator 'in' does not support the list value '("b")' for field 'labels'.`],
    ['assignee is acc-bob', `Operator 'is' does not support the non-empty value '"acc-bob"' for field 'assignee'.`],
    ['created > EMPTY', "The operator '>' does not support searching for EMPTY values."],
    ['key = EMPTY', "The field 'key' does not support searching for EMPTY values."],
    ['parent in (EMPTY, ABC-1)', "The field 'parent' does not support searching for EMPTY values."],
  ])('%j', (jql, message) => {
    expect(errorOf(jql)).toBe(message);
  });
});

describe('values', () => {
  it.each<[string, string]>([
    ['project = NOPE', "The value 'NOPE' does not exist for the field 'project'."],
    ['project in (ABC, nope)', "The value 'nope' does not exist for the field 'project'."],
    ['statusCategory = Blocked', "The value 'Blocked' does not exist for the field 'statusCategory'."],
    ['key = ABC-999', "An issue with key 'ABC-999' does not exist for field 'key'."],
    ['issuekey in (ABC-1, XYZ-77)', "An issue with key 'XYZ-77' does not exist for field 'issuekey'."],
    ['id = 99999', "An issue with key '99999' does not exist for field 'id'."],
    ['key = NOPE-1', "The issue key 'NOPE-1' for field 'key' is invalid."],
    ['key = foo', "The issue key 'foo' for field 'key' is invalid."],
    ['key > NOPE-1', "The issue key 'NOPE-1' for field 'key' is invalid."],
    ['parent = ABC-999', "An issue with key 'ABC-999' does not exist for field 'parent'."],
    ['parent = "not a key"', "The issue key 'not a key' for field 'parent' is invalid."],
    [
      'created > yesterday',
      "Date value 'yesterday' for field 'created' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.",
    ],
    [
      'duedate = "2024-02-30"',
      expect.stringMatching(/^Date value '2024-02-30' for field 'duedate' is invalid\./) as unknown as string,
    ],
    [
      'created > "2024-01-01 25:00"',
      expect.stringMatching(/^Date value '2024-01-01 25:00' for field 'created' is invalid\./) as unknown as string,
    ],
    [
      'reviewed > "-7y"',
      expect.stringMatching(/^Date value '-7y' for field 'reviewed' is invalid\./) as unknown as string,
    ],
    ['score = high', "The value 'high' is not a valid number for the field 'score'."],
  ])('%j', (jql, message) => {
    expect(errorOf(jql)).toEqual(message);
  });

  it.each<[string, string]>([
    ['status = Frozen', "The value 'Frozen' does not exist for the field 'status'."],
    ['issuetype in (Story, Bug)', "The value 'Bug' does not exist for the field 'issuetype'."],
    ['component = Desktop', "The value 'Desktop' does not exist for the field 'component'."],
    ['assignee = ghost', "The value 'ghost' does not exist for the field 'assignee'."],
    ['reporter != ghost', "The value 'ghost' does not exist for the field 'reporter'."],
  ])('with valueExists: %j', (jql, message) => {
    expect(errorOf(jql, makeCheckingContext())).toBe(message);
  });

  it.each([
    'status in (Done, 1, backlog)',
    'issuetype = "sub-task"',
    'component = web',
    'assignee = acc-bob',
    'labels = anything-at-all',
  ])('with valueExists, known values pass: %j', (jql) => {
    expect(() => compileJql(jql, makeCheckingContext())).not.toThrow();
  });

  it('an unknown status without valueExists matches nothing instead of failing', () => {
    expect(compileJql('status = Frozen', makeContext()).bounded).toBe(true);
  });
});

describe('functions', () => {
  it.each<[string, string]>([
    ['assignee = nope()', "Unable to find JQL function 'nope()'."],
    ['created > yesterday()', "Unable to find JQL function 'yesterday()'."],
    ['assignee in membersOf(devs)', "The JQL function 'membersOf()' is not supported by the local Jira emulator."],
    ['created > startOfWeek()', "The JQL function 'startOfWeek()' is not supported by the local Jira emulator."],
    [
      'issuetype in standardIssueTypes()',
      "The JQL function 'standardIssueTypes()' is not supported by the local Jira emulator.",
    ],
    ['status = currentUser()', "The function 'currentUser' is not supported by the 'status' field."],
    ['created > currentUser()', "The function 'currentUser' is not supported by the 'created' field."],
    ['assignee = now()', "The function 'now' is not supported by the 'assignee' field."],
    ['summary ~ now()', "The function 'now' is not supported by the 'summary' field."],
    ['created > now(1)', "Function 'now' expected '0' arguments but received '1'."],
    ['assignee = currentUser(x)', "Function 'currentUser' expected '0' arguments but received '1'."],
    ['created > startOfDay(1, 2)', "Function 'startOfDay' expected between '0' and '1' arguments but received '2'."],
    [
      'created > startOfDay(soon)',
      "The argument 'soon' of the function 'startOfDay' is not a valid period, e.g. '-1d' or '+2w'.",
    ],
  ])('%j', (jql, message) => {
    expect(errorOf(jql)).toBe(message);
  });
});

describe('sorting', () => {
  it.each<[string, string]>([
    ['ORDER BY text', "Not able to sort using field 'text'."],
    ['project = ABC ORDER BY notes', "Not able to sort using field 'notes'."],
  ])('%j', (jql, message) => {
    expect(errorOf(jql)).toBe(message);
  });
});

describe('what the emulator does not do says so', () => {
  it.each<[string, RegExp]>([
    ['status was Done', /^The operator 'was' is not supported by the local Jira emulator\.$/],
    ['status was not in (Done)', /^The operator 'was not' is not supported by the local Jira emulator\.$/],
    ['status changed', /^The operator 'changed' is not supported by the local Jira emulator\.$/],
    [
      'issue.property[pm].index.unknown = 1',
      /^The entity property 'issue\.property\[pm\]\.index\.unknown' is not indexed/,
    ],
    ['issue.property[other].x = 1', /^The entity property 'issue\.property\[other\]\.x' is not indexed/],
    [
      'summary ~ "*out"',
      /^The text query '\*out' for field 'summary' uses search syntax the local Jira emulator does not support/,
    ],
    ['summary ~ "foo OR bar"', /search syntax the local Jira emulator does not support/],
    ['summary ~ "fo?"', /search syntax the local Jira emulator does not support/],
    ['summary ~ ""', /search syntax the local Jira emulator does not support/],
    ['key > 101', /^The local Jira emulator compares 'key' with/],
  ])('%j', (jql, pattern) => {
    expect(errorOf(jql)).toMatch(pattern);
  });
});

it('errors are JqlError instances with name JqlError', () => {
  expect(() => compileJql('project = NOPE', makeContext())).toThrow(JqlError);
  try {
    compileJql('x =', makeContext());
  } catch (error) {
    expect(error).toBeInstanceOf(JqlError);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toBe('JqlError');
  }
});
