/**
 * JqlError and the texts of Jira's JQL errors. Syntax errors read like Jira's parser
 * ("Error in the JQL Query: ... (line 1, character 9)"); validation errors like its validators.
 */

export class JqlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'JqlError';
  }
}

/** Where a token starts: 1-based line and character, as Jira reports them. */
export interface Position {
  line: number;
  character: number;
}

const PARSE_PREFIX = 'Error in the JQL Query: ';
const VALID_OPERATORS =
  "The valid operators are '=', '!=', '<', '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'.";

function at(pos: Position): string {
  return ` (line ${pos.line}, character ${pos.character})`;
}

/** A syntax error at a token, or "before the end of the query" when `got` is undefined (end of input). */
function syntax(found: string, atEnd: string, got: string | undefined, pos: Position): JqlError {
  return new JqlError(PARSE_PREFIX + (got === undefined ? atEnd : found + at(pos)));
}

/** `\u0025` for '%': the escape Jira suggests for a character. */
export function unicodeEscape(ch: string): string {
  return `\\u${(ch.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`;
}

export const parseErrors = {
  reservedCharacter: (ch: string, pos: Position) =>
    new JqlError(
      `${PARSE_PREFIX}The character '${ch}' is a reserved JQL character. You must enclose it in a string or use the escape '${unicodeEscape(ch)}' instead.${at(pos)}`,
    ),
  illegalCharacter: (ch: string, pos: Position) => {
    const printable = ch === '\t' ? 'TAB' : `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
    return new JqlError(
      `${PARSE_PREFIX}The character '${printable}' must be escaped. Use the escape '${unicodeEscape(ch)}' instead.${at(pos)}`,
    );
  },
  reservedWord: (word: string, pos: Position) =>
    new JqlError(
      `${PARSE_PREFIX}'${word}' is a reserved JQL word. You must surround it in quotation marks to use it in a query.${at(pos)}`,
    ),
  unfinishedString: (text: string, pos: Position) =>
    new JqlError(
      PARSE_PREFIX +
        (text.trim() === ''
          ? 'The quoted string has not been completed.'
          : `The quoted string '${text}' has not been completed.`) +
        at(pos),
    ),
  illegalEscape: (sequence: string, pos: Position) =>
    new JqlError(
      `${PARSE_PREFIX}'${sequence}' is an illegal JQL escape sequence. The valid escape sequences are \\', \\", \\t, \\n, \\r, \\\\, '\\ ' and \\uXXXX.${at(pos)}`,
    ),
  expectedField: (got: string | undefined, pos: Position) =>
    syntax(
      `Expecting a field name but got '${got}'. You must surround '${got}' in quotation marks to use it as a field name.`,
      'Expecting a field name before the end of the query.',
      got,
      pos,
    ),
  expectedOperator: (got: string | undefined, pos: Position) =>
    syntax(
      `Expecting operator but got '${got}'. ${VALID_OPERATORS}`,
      `Expecting operator before the end of the query. ${VALID_OPERATORS}`,
      got,
      pos,
    ),
  expectedOperand: (got: string | undefined, pos: Position) =>
    syntax(
      `Expecting either a value, list or function but got '${got}'. You must surround '${got}' in quotation marks to use it as a value.`,
      'Expecting either a value, list or function before the end of the query.',
      got,
      pos,
    ),
  expectedLogicalOperator: (got: string | undefined, pos: Position) =>
    syntax(
      `Expecting either 'OR' or 'AND' but got '${got}'.`,
      "Expecting either 'OR' or 'AND' before the end of the query.",
      got,
      pos,
    ),
  expectedText: (expected: string, got: string | undefined, pos: Position) =>
    syntax(
      `Expecting '${expected}' but got '${got}'.`,
      `Expecting '${expected}' before the end of the query.`,
      got,
      pos,
    ),
  expectedEither: (first: string, second: string, got: string | undefined, pos: Position) =>
    syntax(
      `Expecting either '${first}' or '${second}' but got '${got}'.`,
      `Expecting either '${first}' or '${second}' before the end of the query.`,
      got,
      pos,
    ),
  expectedFunctionArgument: (got: string | undefined, pos: Position) =>
    syntax(
      `Expecting a function argument but got '${got}'. You must surround '${got}' in quotation marks to use it as a value.`,
      'Expecting a function argument before the end of the query.',
      got,
      pos,
    ),
  expectedPropertyId: (got: string | undefined, pos: Position) =>
    syntax(
      `Expecting a property id but got '${got}'. You must surround '${got}' in quotation marks to use it as a value.`,
      'Expecting a property id before the end of the query.',
      got,
      pos,
    ),
};

export const validationErrors = {
  unknownField: (name: string) =>
    new JqlError(`Field '${name}' does not exist or you do not have permission to view it.`),
  operatorNotSupported: (op: string, field: string) =>
    new JqlError(`The operator '${op}' is not supported by the '${field}' field.`),
  listNotSupported: (op: string, display: string, field: string) =>
    new JqlError(`Operator '${op}' does not support the list value '${display}' for field '${field}'.`),
  nonListNotSupported: (op: string, display: string, field: string) =>
    new JqlError(`Operator '${op}' does not support the non-list value '${display}' for field '${field}'.`),
  isNeedsEmpty: (op: string, display: string, field: string) =>
    new JqlError(`Operator '${op}' does not support the non-empty value '${display}' for field '${field}'.`),
  emptyNotSupported: (field: string) =>
    new JqlError(`The field '${field}' does not support searching for EMPTY values.`),
  operatorEmptyNotSupported: (op: string) =>
    new JqlError(`The operator '${op}' does not support searching for EMPTY values.`),
  valueDoesNotExist: (value: string, field: string) =>
    new JqlError(`The value '${value}' does not exist for the field '${field}'.`),
  invalidIssueKey: (value: string, field: string) =>
    new JqlError(`The issue key '${value}' for field '${field}' is invalid.`),
  issueDoesNotExist: (value: string, field: string) =>
    new JqlError(`An issue with key '${value}' does not exist for field '${field}'.`),
  invalidDate: (value: string, field: string) =>
    new JqlError(
      `Date value '${value}' for field '${field}' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.`,
    ),
  invalidNumber: (value: string, field: string) =>
    new JqlError(`The value '${value}' is not a valid number for the field '${field}'.`),
  unknownFunction: (name: string) => new JqlError(`Unable to find JQL function '${name}()'.`),
  functionNotSupportedHere: (name: string, field: string) =>
    new JqlError(`The function '${name}' is not supported by the '${field}' field.`),
  functionArgumentCount: (name: string, min: number, max: number, got: number) =>
    new JqlError(
      min === max
        ? `Function '${name}' expected '${min}' arguments but received '${got}'.`
        : `Function '${name}' expected between '${min}' and '${max}' arguments but received '${got}'.`,
    ),
  functionArgumentInvalid: (name: string, arg: string) =>
    new JqlError(`The argument '${arg}' of the function '${name}' is not a valid period, e.g. '-1d' or '+2w'.`),
  notSortable: (name: string) => new JqlError(`Not able to sort using field '${name}'.`),
  // Things Jira supports but this emulator does not: say so instead of answering wrongly.
  emulatorFunction: (name: string) =>
    new JqlError(`The JQL function '${name}()' is not supported by the local Jira emulator.`),
  emulatorOperator: (op: string) => new JqlError(`The operator '${op}' is not supported by the local Jira emulator.`),
  emulatorUnindexedProperty: (name: string) =>
    new JqlError(
      `The entity property '${name}' is not indexed: declare it in a jira:entityProperty module (the local Jira emulator does not guess property types).`,
    ),
  emulatorTextSyntax: (query: string, field: string) =>
    new JqlError(
      `The text query '${query}' for field '${field}' uses search syntax the local Jira emulator does not support (it supports words, a trailing '*' wildcard and "quoted phrases").`,
    ),
  emulatorKeyRelationalById: (value: string, field: string) =>
    new JqlError(
      `The local Jira emulator compares '${field}' with '<', '>', '<=' or '>=' by issue key only, not by id ('${value}').`,
    ),
};
