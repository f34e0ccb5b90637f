import fc from 'fast-check';

/**
 * Generators of hostile resolver payloads, mutated from one valid example: a value
 * at any depth replaced by a wrong type or odd text, a field removed, an extra field
 * (including `__proto__` / `constructor`) added to any object, or the whole payload
 * replaced. Every payload goes through JSON, as @forge/bridge sends it, so what a
 * resolver sees is what a browser could really send (an own `__proto__` key included).
 */
export type Path = (string | number)[];

/** Every position in `value`: the root, each object field and each array element, at every depth. */
export function allPaths(value: unknown, path: Path = []): Path[] {
  const here: Path[] = [path];
  if (Array.isArray(value)) return here.concat(value.flatMap((v, i) => allPaths(v, [...path, i])));
  if (value !== null && typeof value === 'object')
    return here.concat(Object.entries(value).flatMap(([k, v]) => allPaths(v, [...path, k])));
  return here;
}

const HUGE = 60_000;
const nested = (depth: number): unknown => {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i += 1) value = i % 2 === 0 ? { a: value } : [value];
  return value;
};

/** Text that breaks naive code: lone surrogates, bidi controls, NUL, number-like strings, markup. */
export const oddText = fc.constantFrom(
  'NaN',
  'Infinity',
  '-Infinity',
  '1e309',
  '-1e309',
  '0x10',
  '-0',
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\uD800',
  '\uDFFFx',
  '\u202Egnp.exe',
  '\u200F\u05E9\u05DC\u05D5\u05DD',
  '\uFEFF',
  '\u{1F4A9}',
  'null',
  'undefined',
  'true',
  '[]',
  '{}',
  '__proto__',
  'constructor',
  '<script>globalThis.pwned=1</script>',
  "'; DROP TABLE issues; --",
  'project = CHK OR project = PLAT',
  '../../etc/passwd',
  '%s%s%n',
  'x'.repeat(HUGE),
  '\u05D0'.repeat(HUGE / 2),
);

export const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: oddText },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  {
    weight: 2,
    arbitrary: fc.oneof(
      fc.integer(),
      fc.double(),
      fc.constantFrom(-1, 0, 1.5, 2 ** 53 + 1, -(2 ** 31), 1e308, Number.MIN_VALUE),
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false, [], {}) },
  { weight: 1, arbitrary: fc.integer({ min: 50, max: 2_000 }).map(nested) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      Array.from({ length: 5_000 }, (_, i) => i),
      Array.from({ length: 2_000 }, () => 'CHK-1'),
    ),
  },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 3, withNullPrototype: true, withObjectString: true }) },
);

export const extraKey = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'hasOwnProperty',
    'valueOf',
    '',
    '\u0000',
    '\uD800',
    'k'.repeat(5_000),
    'accountId',
    'issueKey',
    'projectKey',
  ),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }),
);

type Mutation =
  | { kind: 'replace'; path: Path; value: unknown }
  | { kind: 'remove'; path: Path }
  | { kind: 'extra'; path: Path; key: string; value: unknown }
  | { kind: 'poison'; path: Path; key: '__proto__' | 'constructor' };

/** An own, enumerable property even for `__proto__` (a plain assignment would set the prototype). */
function defineOwn(target: object, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function apply(example: unknown, m: Mutation): unknown {
  const root = { value: structuredClone(example) as unknown };
  let parent: Record<string | number, unknown> = root as Record<string, unknown>;
  let key: string | number = 'value';
  for (const step of m.path) {
    parent = parent[key] as Record<string | number, unknown>;
    key = step;
  }
  switch (m.kind) {
    case 'replace':
      defineOwn(parent, key, m.value);
      break;
    case 'remove':
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
      break;
    case 'extra':
    case 'poison': {
      const target = parent[key];
      if (target !== null && typeof target === 'object' && !Array.isArray(target)) {
        const value = m.kind === 'poison' ? { polluted: true, isAdmin: true, prototype: { polluted: true } } : m.value;
        defineOwn(target, m.key, value);
      } else defineOwn(parent, key, JSON.parse(JSON.stringify({ [m.key]: 1 })));
      break;
    }
  }
  return root.value;
}

/** Hostile variants of `example`, as the resolver receives them (after JSON), with the mutation for reporting. */
export function hostilePayloads(example: unknown): fc.Arbitrary<{ payload: unknown; mutation: string }> {
  const paths = allPaths(example);
  const objectPaths = paths.filter((p) => {
    const v = p.reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], example);
    return v !== null && typeof v === 'object' && !Array.isArray(v);
  });
  const inner = paths.filter((p) => p.length > 0);
  const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    {
      weight: 5,
      arbitrary: fc.record({
        kind: fc.constant('replace' as const),
        path: fc.constantFrom(...paths),
        value: wrongValue,
      }),
    },
    ...(inner.length > 0
      ? [{ weight: 2, arbitrary: fc.record({ kind: fc.constant('remove' as const), path: fc.constantFrom(...inner) }) }]
      : []),
    {
      weight: 3,
      arbitrary: fc.record({
        kind: fc.constant('extra' as const),
        path: fc.constantFrom(...objectPaths),
        key: extraKey,
        value: wrongValue,
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant('poison' as const),
        path: fc.constantFrom(...objectPaths),
        key: fc.constantFrom('__proto__' as const, 'constructor' as const),
      }),
    },
  );
  // Two mutations at once now and then: errors at several depths in one payload.
  return fc.array(mutation, { minLength: 1, maxLength: 2 }).map((ms) => {
    const mutated = ms.reduce<unknown>((value, m) => {
      try {
        return apply(value, m);
      } catch {
        return value; // a path the first mutation removed
      }
    }, example);
    const text = JSON.stringify(mutated) ?? 'null';
    return {
      payload: JSON.parse(text) as unknown,
      mutation: ms.map((m) => `${m.kind}@${m.path.join('.') || '(root)'}`).join(' + '),
    };
  });
}
