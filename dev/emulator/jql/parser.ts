/**
 * Recursive-descent JQL parser. Precedence as in Jira: NOT binds tighter than AND, AND tighter than OR;
 * parentheses group. Errors carry Jira's texts and positions.
 *
 *   query    := [or] [ORDER BY sort (',' sort)*] EOF
 *   or       := and (OR and)*
 *   and      := not (AND not)*
 *   not      := (NOT | '!') not | '(' or ')' | terminal
 *   terminal := field operator operand
 *   field    := string ['[' string ']' ['.path']]
 *   operand  := EMPTY | NULL | string | function | '(' operand (',' operand)* ')'
 */
import type { Clause, FieldRef, JqlQuery, Operand, Operator, SortItem } from './ast';
import { parseErrors, validationErrors } from './jql-error';
import { tokenize, type Token } from './tokenizer';

export function parseJql(source: string): JqlQuery {
  return new Parser(tokenize(source)).query();
}

/** What error messages call a token: decoded text for strings, nothing at the end of input. */
function shown(token: Token): string | undefined {
  if (token.type === 'eof') return undefined;
  return token.type === 'string' ? token.value : token.text;
}

class Parser {
  private index = 0;

  constructor(private readonly tokens: Token[]) {}

  private peek(offset = 0): Token {
    const token = this.tokens[Math.min(this.index + offset, this.tokens.length - 1)];
    if (token === undefined) throw new Error('tokenizer produced no EOF token');
    return token;
  }

  private next(): Token {
    const token = this.peek();
    if (token.type !== 'eof') this.index++;
    return token;
  }

  query(): JqlQuery {
    let where: Clause | undefined;
    if (this.peek().type !== 'eof' && this.peek().type !== 'order') {
      where = this.orClause();
    }
    const orderBy = this.peek().type === 'order' ? this.orderBy() : [];
    const end = this.peek();
    if (end.type !== 'eof') {
      if (orderBy.length > 0) throw parseErrors.expectedText(',', shown(end), end.pos);
      throw parseErrors.expectedLogicalOperator(shown(end), end.pos);
    }
    return where === undefined ? { orderBy } : { where, orderBy };
  }

  private orClause(): Clause {
    const clauses = [this.andClause()];
    while (this.peek().type === 'or') {
      this.next();
      clauses.push(this.andClause());
    }
    return clauses.length === 1 ? (clauses[0] as Clause) : { kind: 'or', clauses };
  }

  private andClause(): Clause {
    const clauses = [this.notClause()];
    while (this.peek().type === 'and') {
      this.next();
      clauses.push(this.notClause());
    }
    return clauses.length === 1 ? (clauses[0] as Clause) : { kind: 'and', clauses };
  }

  private notClause(): Clause {
    const token = this.peek();
    if (token.type === 'not' || token.type === 'bang') {
      this.next();
      return { kind: 'not', clause: this.notClause() };
    }
    if (token.type === 'lparen') {
      this.next();
      const inner = this.orClause();
      const close = this.peek();
      if (close.type !== 'rparen') {
        if (close.type === 'eof') throw parseErrors.expectedText(')', undefined, close.pos);
        throw parseErrors.expectedLogicalOperator(shown(close), close.pos);
      }
      this.next();
      return inner;
    }
    return this.terminalClause();
  }

  private terminalClause(): Clause {
    const field = this.field();
    const operator = this.operator();
    const operand = this.operand();
    return { kind: 'terminal', field, operator, operand };
  }

  private field(): FieldRef {
    const token = this.peek();
    if (token.type !== 'string') throw parseErrors.expectedField(shown(token), token.pos);
    this.next();
    if (this.peek().type !== 'lbracket') return { name: token.value, display: token.value, pos: token.pos };

    this.next();
    const arg = this.peek();
    if (arg.type !== 'string') throw parseErrors.expectedPropertyId(shown(arg), arg.pos);
    this.next();
    const close = this.peek();
    if (close.type !== 'rbracket') throw parseErrors.expectedText(']', shown(close), close.pos);
    this.next();
    let path = '';
    const after = this.peek();
    if (after.type === 'string' && !after.quoted && after.start === close.end) {
      if (!after.value.startsWith('.') || after.value.startsWith('..') || after.value.length < 2) {
        throw parseErrors.expectedPropertyId(after.value, after.pos);
      }
      path = after.value.slice(1);
      this.next();
    }
    const display = `${token.value}[${arg.value}]${path === '' ? '' : `.${path}`}`;
    return { name: token.value, property: { key: arg.value, path }, display, pos: token.pos };
  }

  private operator(): Operator {
    const token = this.peek();
    switch (token.type) {
      case 'op':
        this.next();
        return token.value as Operator;
      case 'in':
        this.next();
        return 'in';
      case 'is':
        this.next();
        if (this.peek().type === 'not') {
          this.next();
          return 'is not';
        }
        return 'is';
      case 'not': {
        this.next();
        const after = this.peek();
        if (after.type !== 'in') throw parseErrors.expectedText('IN', shown(after), after.pos);
        this.next();
        return 'not in';
      }
      case 'was':
        throw validationErrors.emulatorOperator(
          this.peek(1).type === 'not' || this.peek(1).type === 'in' ? `was ${this.peek(1).text.toLowerCase()}` : 'was',
        );
      case 'changed':
        throw validationErrors.emulatorOperator('changed');
      default:
        throw parseErrors.expectedOperator(shown(token), token.pos);
    }
  }

  private operand(): Operand {
    const token = this.peek();
    switch (token.type) {
      case 'empty':
        this.next();
        return { kind: 'empty', pos: token.pos };
      case 'string':
        this.next();
        if (this.peek().type === 'lparen') return this.functionCall(token);
        return { kind: 'value', value: token.value, quoted: token.quoted, pos: token.pos };
      case 'lparen':
        return this.list();
      default:
        throw parseErrors.expectedOperand(shown(token), token.pos);
    }
  }

  private list(): Operand {
    const open = this.next();
    const items = [this.operand()];
    for (;;) {
      const token = this.peek();
      if (token.type === 'comma') {
        this.next();
        items.push(this.operand());
        continue;
      }
      if (token.type === 'rparen') {
        this.next();
        return { kind: 'list', items, pos: open.pos };
      }
      if (token.type === 'eof') throw parseErrors.expectedText(')', undefined, token.pos);
      throw parseErrors.expectedEither(',', ')', shown(token), token.pos);
    }
  }

  private functionCall(name: Token): Operand {
    this.next(); // '('
    const args: string[] = [];
    if (this.peek().type === 'eof') throw parseErrors.expectedText(')', undefined, this.peek().pos);
    if (this.peek().type === 'rparen') {
      this.next();
      return { kind: 'function', name: name.value, args, pos: name.pos };
    }
    for (;;) {
      const arg = this.peek();
      if (arg.type !== 'string') throw parseErrors.expectedFunctionArgument(shown(arg), arg.pos);
      this.next();
      args.push(arg.value);
      const after = this.peek();
      if (after.type === 'comma') {
        this.next();
        continue;
      }
      if (after.type === 'rparen') {
        this.next();
        return { kind: 'function', name: name.value, args, pos: name.pos };
      }
      if (after.type === 'eof') throw parseErrors.expectedText(')', undefined, after.pos);
      throw parseErrors.expectedEither(')', ',', shown(after), after.pos);
    }
  }

  private orderBy(): SortItem[] {
    this.next(); // ORDER
    const by = this.peek();
    if (by.type !== 'by') throw parseErrors.expectedText('by', shown(by), by.pos);
    this.next();
    const items: SortItem[] = [];
    for (;;) {
      const field = this.field();
      const direction = this.peek();
      if (direction.type === 'asc' || direction.type === 'desc') {
        this.next();
        items.push({ field, direction: direction.type === 'asc' ? 'ASC' : 'DESC' });
      } else {
        if (direction.type !== 'eof' && direction.type !== 'comma') {
          throw parseErrors.expectedEither('ASC', 'DESC', shown(direction), direction.pos);
        }
        items.push({ field });
      }
      if (this.peek().type !== 'comma') return items;
      this.next();
    }
  }
}
