// The `x-…` fields other tools may add to a sidecar, its sources and claims: recognised, copied, kept in a stable order.
import type { ExtensionFields } from './types';

export function isExtensionField(key: string): key is `x-${string}` {
  return key.startsWith('x-');
}

/** The `x-` fields of `obj`, sorted by name so that writing them is deterministic. */
export function extensionFieldsOf(obj: object): ExtensionFields {
  const fields: ExtensionFields = {};
  for (const [key, value] of Object.entries(obj).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (isExtensionField(key)) fields[key] = value;
  }
  return fields;
}
