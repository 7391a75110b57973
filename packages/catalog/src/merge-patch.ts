import { ValidationFailed, type FieldIssue } from '@ayni/core';
import { fieldIssues } from '@ayni/http';
import type * as z from 'zod';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * JSON Merge Patch (RFC 7396), the semantics of every catalog PATCH: a member absent from the patch
 * is kept, `null` removes it, an object merges member by member (so a story keeps the sections and
 * languages not sent), anything else (strings, numbers, arrays) replaces the value. An object left
 * empty by removals is removed too (a story without sections is no story).
 */
export function mergePatch<T extends object>(target: T, patch: Readonly<Record<string, unknown>>): T {
  const result: Record<string, unknown> = { ...(target as Record<string, unknown>) };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    if (value === null) {
      delete result[key];
    } else if (isPlainObject(value)) {
      const merged = mergePatch(isPlainObject(result[key]) ? result[key] : {}, value);
      if (Object.keys(merged).length === 0) delete result[key];
      else result[key] = merged;
    } else {
      result[key] = value;
    }
  }
  return result as T;
}

/** The top-level fields a merge changed: those to write, and those to remove from the item. */
export function changedFields(merged: object, patch: Readonly<Record<string, unknown>>): { set: Record<string, unknown>; remove: string[] } {
  const set: Record<string, unknown> = {};
  const remove: string[] = [];
  for (const key of Object.keys(patch)) {
    if (patch[key] === undefined) continue;
    const value = (merged as Record<string, unknown>)[key];
    if (value === undefined) remove.push(key);
    else set[key] = value;
  }
  return { set, remove };
}

/**
 * Validates the merged value of each patched field with the schema of the whole resource, so a
 * merge cannot leave what a create would refuse (a story section without its Spanish text, a brand
 * without a name); issues are named by their full path (`story.history.es`).
 */
export function checkMerged(shape: Readonly<Record<string, z.ZodType>>, merged: object, fields: readonly string[]): void {
  const issues: FieldIssue[] = [];
  for (const field of fields) {
    const value = (merged as Record<string, unknown>)[field];
    const schema = shape[field];
    if (value === undefined || !schema) continue;
    const result = schema.safeParse(value);
    // Said in the reader's language as zod's own issues are (a missing field: "is required"), or by their catalog message.
    if (!result.success) issues.push(...fieldIssues(result.error, [field]));
  }
  if (issues.length > 0) throw new ValidationFailed(issues);
}
