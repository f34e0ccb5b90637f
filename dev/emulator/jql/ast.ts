/** The syntax tree the parser produces (field names and values still as written). */
import type { Position } from './jql-error';

export type Operator = '=' | '!=' | '~' | '!~' | '<' | '>' | '<=' | '>=' | 'in' | 'not in' | 'is' | 'is not';

export interface FieldRef {
  /** The name as written ("Project", "issue.property", "cf[10010]"). */
  name: string;
  /** Set for `issue.property[key].a.b`: the property key and the dot path ("a.b", "" for the whole value). */
  property?: { key: string; path: string };
  /** How to name the field in messages ("issue.property[key].a.b" for properties). */
  display: string;
  pos: Position;
}

export type Operand =
  | { kind: 'value'; value: string; quoted: boolean; pos: Position }
  | { kind: 'empty'; pos: Position }
  | { kind: 'function'; name: string; args: string[]; pos: Position }
  | { kind: 'list'; items: Operand[]; pos: Position };

export type Clause =
  | { kind: 'and'; clauses: Clause[] }
  | { kind: 'or'; clauses: Clause[] }
  | { kind: 'not'; clause: Clause }
  | { kind: 'terminal'; field: FieldRef; operator: Operator; operand: Operand };

export interface SortItem {
  field: FieldRef;
  direction?: 'ASC' | 'DESC';
}

export interface JqlQuery {
  where?: Clause;
  orderBy: SortItem[];
}

/** How Jira displays an operand in messages: strings quoted, numbers bare, lists in parentheses. */
export function displayOperand(operand: Operand): string {
  switch (operand.kind) {
    case 'value':
      return !operand.quoted && /^-?\d+$/.test(operand.value) ? operand.value : `"${operand.value}"`;
    case 'empty':
      return 'EMPTY';
    case 'function':
      return `${operand.name}(${operand.args.join(', ')})`;
    case 'list':
      return `(${operand.items.map(displayOperand).join(', ')})`;
  }
}
