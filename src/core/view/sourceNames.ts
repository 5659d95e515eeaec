// Compares source names the way a reader does: "The Korean Central News Agency (KCNA)" is the same source as "KCNA".
import { normalizeSourceName, sourceWording } from '../model/sourceNames';
import type { Source } from '../model/types';

export { normalizeSourceName, sourceWording };

/** The names a text could be known by: itself, and a parenthesised short form such as "(KCNA)". */
function namesIn(text: string): string[] {
  const names = [normalizeSourceName(text)];
  const abbreviation = /\(([^()]{2,20})\)/.exec(text);
  if (abbreviation) names.push(normalizeSourceName(abbreviation[1]));
  const withoutAbbreviation = text.replace(/\s*\([^()]*\)\s*/g, ' ');
  names.push(normalizeSourceName(withoutAbbreviation));
  return names.filter((n) => n.length > 0);
}

/**
 * How closely a detected source text names `source`: 0 its very name, 1 its name in another form (e.g. without the
 * "(KCNA)"), 2 one of its aliases, undefined not at all.
 */
export function sourceMatchRank(source: Source, detectedText: string): 0 | 1 | 2 | undefined {
  const wanted = namesIn(detectedText);
  if (normalizeSourceName(source.name) === wanted[0]) return 0;
  const matches = (name: string): boolean => namesIn(name).some((n) => wanted.includes(n));
  if (matches(source.name)) return 1;
  if (source.aliases.some(matches)) return 2;
  return undefined;
}

/** Whether a detected source text names `source`, by its name or one of its aliases. */
export function sourceMatches(source: Source, detectedText: string): boolean {
  return sourceMatchRank(source, detectedText) !== undefined;
}
