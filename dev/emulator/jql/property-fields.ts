/**
 * Fields backed by indexed issue properties (a search alias, or `issue.property[key].path`), typed
 * by their `jira:entityProperty` declaration: number and date compare in order, string matches
 * case-insensitively, text is searched with `~`, user holds accountIds (currentUser() works).
 */
import {
  EMPTINESS,
  EQUALITY,
  RELATIONAL,
  compareText,
  dateAtomValue,
  identityField,
  lowerJoined,
  orderedField,
  ops,
  plainValue,
  textField,
  type CompileEnv,
  type FieldDef,
} from './field-kinds';
import {
  dateValues,
  numberValues,
  rawPropertyValues,
  stringValues,
  textValues,
  type PropertyType,
} from './entity-properties';
import { validationErrors } from './jql-error';
import { checkFunction } from './operand-values';
import type { JqlIssueView } from './types';

export function propertyField(
  env: CompileEnv,
  canonical: string,
  display: string,
  key: string,
  path: string,
  type: PropertyType,
): FieldDef {
  const raw = (issue: JqlIssueView) => rawPropertyValues(issue, key, path);
  switch (type) {
    case 'number':
      return orderedField({
        canonical,
        display,
        operators: ops(...EQUALITY, ...EMPTINESS, ...RELATIONAL),
        values: (issue) => numberValues(raw(issue)),
        atomValue: (atom) => {
          const value = plainValue(atom, display).trim();
          const n = value === '' ? NaN : Number(value);
          if (!Number.isFinite(n)) throw validationErrors.invalidNumber(value, display);
          return n;
        },
      });
    case 'date':
      return orderedField({
        canonical,
        display,
        operators: ops(...EQUALITY, ...EMPTINESS, ...RELATIONAL),
        values: (issue) => dateValues(raw(issue)),
        atomValue: dateAtomValue(env, display),
      });
    case 'text':
      return textField({
        canonical,
        display,
        operators: ops('~', '!~', ...EMPTINESS),
        env,
        values: (issue) => textValues(raw(issue)),
        sortable: false,
      });
    case 'user':
      return identityField({
        canonical,
        display,
        operators: ops(...EQUALITY, ...EMPTINESS),
        resolve: (atom) => {
          if (atom.kind === 'function') {
            checkFunction(atom, 'user', display);
            return env.ctx.currentAccountId === undefined ? [] : [env.ctx.currentAccountId];
          }
          return [atom.value];
        },
        tokens: (issue) => stringValues(raw(issue)),
        sort: { key: (issue) => stringValues(raw(issue))[0], compare: compareText },
      });
    case 'string':
      return identityField({
        canonical,
        display,
        operators: ops(...EQUALITY, ...EMPTINESS),
        resolve: (atom) => [plainValue(atom, display).toLowerCase()],
        tokens: (issue) => stringValues(raw(issue)).map((v) => v.toLowerCase()),
        sort: { key: (issue) => lowerJoined(stringValues(raw(issue))), compare: compareText },
      });
  }
}
