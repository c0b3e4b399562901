import { t } from './locale.ts';

/** A permission as the catalogue names it. */
export interface PermissionEntry {
  code: string;
  label: string;
}

/** The permissions of one module (`org.*`, `user.*`, …), in catalogue order. */
export interface PermissionGroup {
  module: string;
  label: string;
  items: PermissionEntry[];
}

const MODULE_KEYS = new Set(['org', 'user', 'role', 'policy', 'audit', 'source', 'calendar', 'job', 'pii']);

/** The display name of a module; a module added later without a name shows its code. */
export function moduleLabel(module: string): string {
  return MODULE_KEYS.has(module) ? t(`module_${module}` as 'module_org') : module;
}

/** Groups permissions by the module before the dot, keeping the catalogue's order. */
export function groupPermissions(entries: readonly PermissionEntry[]): PermissionGroup[] {
  const groups = new Map<string, PermissionGroup>();
  for (const entry of entries) {
    const module = entry.code.split('.')[0] ?? entry.code;
    const group = groups.get(module) ?? { module, label: moduleLabel(module), items: [] };
    group.items.push(entry);
    groups.set(module, group);
  }
  return [...groups.values()];
}
