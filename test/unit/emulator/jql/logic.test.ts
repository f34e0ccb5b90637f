/** AND / OR / NOT, precedence (NOT > AND > OR), parentheses, and how NOT treats empty fields. */
import { search } from './fixture';

const sortKeys = (keys: string[]) => [...keys].sort();

describe('precedence and grouping', () => {
  it.each<[string, string[]]>([
    // AND binds tighter than OR.
    ['project = XYZ OR project = ABC AND issuetype = Epic', ['ABC-1', 'XYZ-1', 'XYZ-2']],
    ['project = ABC AND issuetype = Epic OR project = XYZ', ['ABC-1', 'XYZ-1', 'XYZ-2']],
    ['(project = XYZ OR project = ABC) AND issuetype = Epic', ['ABC-1', 'XYZ-1']],
    // NOT binds tighter than AND.
    ['NOT project = ABC AND issuetype = Epic', ['XYZ-1']],
    ['NOT (project = ABC AND issuetype = Epic)', ['ABC-10', 'ABC-2', 'ABC-9', 'XYZ-1', 'XYZ-2']],
    ['NOT NOT project = XYZ', ['XYZ-1', 'XYZ-2']],
    ['((project = ABC)) and ((labels = payments) or (key = ABC-9))', ['ABC-10', 'ABC-2', 'ABC-9']],
    ['project = abc and (status = done or labels is empty)', ['ABC-9']],
    // & && | || ! are JQL spellings of AND, OR and NOT.
    ['project = ABC && labels = payments || key = XYZ-1', ['ABC-10', 'ABC-2', 'XYZ-1']],
    ['project = ABC & labels = payments | key = XYZ-1', ['ABC-10', 'ABC-2', 'XYZ-1']],
    ['!(statusCategory = Done)', ['ABC-1', 'ABC-10', 'ABC-2', 'XYZ-1']],
    // Keywords in any case, newlines as whitespace.
    ['PROJECT = XYZ aNd ISSUETYPE = epic', ['XYZ-1']],
    ['project = ABC\nAND labels = ux', ['ABC-1']],
    ['"project" = XYZ and "labels" = ux', ['XYZ-1', 'XYZ-2']],
  ])('%s', (jql, keys) => {
    expect(sortKeys(search(jql))).toEqual(sortKeys(keys));
  });
});

describe('NOT is pushed down like Jira: negated operators never match empty fields', () => {
  it.each<[string, string, string[]]>([
    ['NOT assignee = currentUser()', 'assignee != currentUser()', ['ABC-2', 'XYZ-2']],
    ['NOT labels in (ux)', 'labels not in (ux)', ['ABC-10', 'ABC-2']],
    ['NOT duedate < now()', 'duedate >= now()', ['ABC-1', 'ABC-10']],
    ['NOT created >= "2024-06-01"', 'created < "2024-06-01"', ['ABC-9', 'XYZ-1', 'XYZ-2']],
    ['NOT score > 10', 'score <= 10', ['ABC-2', 'ABC-9', 'XYZ-2']],
    ['NOT assignee is EMPTY', 'assignee is not EMPTY', ['ABC-1', 'ABC-10', 'ABC-2', 'XYZ-2']],
    ['NOT assignee is not EMPTY', 'assignee is EMPTY', ['ABC-9', 'XYZ-1']],
    ['NOT assignee not in (EMPTY, acc-bob)', 'assignee in (EMPTY, acc-bob)', ['ABC-2', 'ABC-9', 'XYZ-1', 'XYZ-2']],
    ['NOT summary ~ checkout', 'summary !~ checkout', ['ABC-10', 'XYZ-1', 'XYZ-2']],
    ['NOT tier = gold', 'tier != gold', ['ABC-2', 'XYZ-1']],
    ['NOT (labels = ux OR assignee is EMPTY)', 'labels != ux AND assignee is not EMPTY', ['ABC-10', 'ABC-2']],
    [
      'NOT (project = XYZ AND parent = XYZ-1)',
      'project != XYZ OR parent != XYZ-1',
      ['ABC-1', 'ABC-10', 'ABC-2', 'ABC-9'],
    ],
  ])('%s  ==  %s', (negated, equivalent, keys) => {
    expect(sortKeys(search(negated))).toEqual(sortKeys(keys));
    expect(sortKeys(search(equivalent))).toEqual(sortKeys(keys));
  });

  it('NOT text ~ x is allowed although text has no !~ operator', () => {
    expect(sortKeys(search('NOT text ~ onboarding'))).toEqual(['ABC-1', 'ABC-10', 'ABC-2', 'ABC-9']);
  });
});
