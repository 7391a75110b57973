import { LANGS, type MessageTexts } from '@ayni/core';
import { expect } from 'vitest';

/** The `{name}` placeholders of a text, sorted. */
export const placeholders = (text: string | undefined): string[] => [...(text ?? '').matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

/**
 * A message catalog is complete: every entry (keys starting with `prefix`, when given) has a
 * non-empty Spanish, Quechua and English text, and the three use the same placeholders.
 */
export function expectCompleteCatalog(catalog: Readonly<Record<string, MessageTexts>>, prefix?: string): void {
  expect(Object.keys(catalog).length).toBeGreaterThan(0);
  for (const [key, texts] of Object.entries(catalog)) {
    if (prefix) expect(key.startsWith(prefix), `${key} starts with ${prefix}`).toBe(true);
    for (const lang of LANGS) expect(texts[lang]?.trim(), `${key} (${lang})`).toBeTruthy();
    expect(placeholders(texts.qu), `${key} (qu)`).toEqual(placeholders(texts.es));
    expect(placeholders(texts.en), `${key} (en)`).toEqual(placeholders(texts.es));
  }
}
