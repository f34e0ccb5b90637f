/**
 * Resolves a field reference from a query to its FieldDef: a system field (any case, every name Jira
 * accepts), a search alias of an indexed issue property (any case), or `issue.property[key].path`.
 */
import type { FieldRef } from './ast';
import { normalizePath } from './entity-properties';
import type { CompileEnv, FieldDef } from './field-kinds';
import { validationErrors } from './jql-error';
import { propertyField } from './property-fields';
import { SYSTEM_FIELDS } from './system-fields';
import type { JqlAlias } from './types';

/** Resolves a field reference, or throws Jira's "Field 'x' does not exist" (or the emulator's limits). */
export function resolveField(ref: FieldRef, env: CompileEnv): FieldDef {
  const lower = ref.name.toLowerCase();
  if (ref.property) {
    if (lower !== 'issue.property') throw validationErrors.unknownField(ref.display);
    const path = normalizePath(ref.property.path);
    const alias: JqlAlias | undefined = env.ctx.aliases.find(
      (a) => a.propertyKey === ref.property?.key && normalizePath(a.path) === path,
    );
    if (alias === undefined) throw validationErrors.emulatorUnindexedProperty(ref.display);
    const canonical = `issue.property[${ref.property.key}]${path === '' ? '' : `.${path}`}`;
    return propertyField(env, canonical, ref.display, alias.propertyKey, path, alias.type);
  }
  const system = SYSTEM_FIELDS.get(lower);
  if (system !== undefined) return system(env, ref.name);
  const alias = env.ctx.aliases.find((a) => a.alias.toLowerCase() === lower);
  if (alias !== undefined)
    return propertyField(env, alias.alias, ref.name, alias.propertyKey, normalizePath(alias.path), alias.type);
  throw validationErrors.unknownField(ref.display);
}
