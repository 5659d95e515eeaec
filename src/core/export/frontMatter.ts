// Reads what an article says about itself in its front matter (YAML `---` or TOML `+++`): where and when it was published.

/** The published URL and date of an article, when its front matter gives them in a usable form. */
export interface ArticleFacts {
  /** Absolute `http(s)` URL of the published article. */
  url?: string;
  /** ISO 8601 date (`2026-11-30`) or date-time (`2026-11-30T09:15:00Z`). */
  datePublished?: string;
}

const FRONT_MATTER_RE = /^\uFEFF?(---|\+\+\+)[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\+\+\+|\.\.\.)[ \t]*(?:\r?\n|$)/;
/** `key: value` (YAML) or `key = value` (TOML) at the start of a line; nested and list lines are not read. */
const ENTRY_RE = /^([A-Za-z_][\w-]*)[ \t]*[:=][ \t]*(.*?)[ \t]*$/;
const URL_KEYS = ['url', 'canonical_url', 'canonical', 'link', 'source_url'];
const DATE_KEYS = ['datepublished', 'date_published', 'published', 'pubdate', 'date'];
const ISO_DATE_RE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** A scalar without its quotes, or without a trailing ` # comment` when unquoted. */
function scalar(raw: string): string {
  const quoted = /^(["'])(.*)\1$/.exec(raw);
  if (quoted) return quoted[2];
  return raw.replace(/[ \t]+#.*$/, '');
}

function entries(text: string): Map<string, string> {
  const found = new Map<string, string>();
  const block = FRONT_MATTER_RE.exec(text);
  if (!block) return found;
  for (const line of block[2].split(/\r?\n/)) {
    const entry = ENTRY_RE.exec(line);
    const key = entry?.[1].toLowerCase();
    if (entry && key !== undefined && !found.has(key)) found.set(key, scalar(entry[2]));
  }
  return found;
}

function publishedUrl(value: string | undefined): string | undefined {
  if (value === undefined || !URL.canParse(value)) return undefined;
  const url = new URL(value);
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
}

/** YAML's `2026-11-30 09:15` form is given the `T` ISO 8601 asks for; dates that do not exist are refused. */
function isoDate(value: string | undefined): string | undefined {
  if (value === undefined || !ISO_DATE_RE.test(value)) return undefined;
  const iso = value.replace(' ', 'T');
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return Number.isNaN(Date.parse(iso.length === 10 ? iso : iso.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'))) ? undefined : iso;
}

/** The first URL and date keys present (`url`, `canonical_url`…; `datePublished`, `published`, `date`…). */
export function articleFacts(text: string): ArticleFacts {
  const found = entries(text);
  const url = publishedUrl(URL_KEYS.map((k) => found.get(k)).find((v) => v !== undefined));
  const datePublished = isoDate(DATE_KEYS.map((k) => found.get(k)).find((v) => v !== undefined));
  return { ...(url ? { url } : {}), ...(datePublished ? { datePublished } : {}) };
}
