// `parallax export --format … [--query Q | <id>...] [--out F]`: articles as CSV, JSON or a Markdown
// bundle, or citations as CSL-JSON, BibTeX, RIS or reference lines.
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError, parseIds, stringOption } from '../args';
import type { Command } from '../command';
import type { Library } from '../../core/library';
import { json } from '../format';
import { queryIds } from '../../core/tags/query-ids';

const ARTICLE_FORMATS = ['csv', 'json', 'md'] as const;
const CITATION_FORMATS = { csl: 'csl', bibtex: 'bibtex', ris: 'ris', text: 'text' } as const;
const FORMATS = [...ARTICLE_FORMATS, ...Object.keys(CITATION_FORMATS)];

/** Every article id, oldest import first (an export with neither ids nor a query is the whole library). */
async function allIds(library: Library): Promise<number[]> {
  const ids: number[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await library.invoke('articles.list', { sort: 'imported', order: 'asc', offset, limit: 1000 });
    ids.push(...page.items.map((a) => a.id));
    if (page.items.length < 1000) return ids;
  }
}

export const exportCommand: Command = {
  name: 'export',
  summary: 'export articles (csv, json, md) or citations (csl, bibtex, ris, text)',
  usage: `Usage: parallax export --format csv|json|md|csl|bibtex|ris|text [--query <query> | <id>...] [--out <file>] [--force]

Without ids or --query the whole library is exported. md is a zip of Markdown files and needs --out.
--out never replaces an existing file unless --force is given.

Examples: parallax export --format csv --query 'outlet:KCNA after:2024-06-01' --out kcna.csv
          parallax export --format bibtex 12 13 > refs.bib`,
  options: { format: { type: 'string' }, query: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean' } },
  async run(ctx) {
    const format = stringOption(ctx.values, 'format');
    if (!format || !FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}${format ? ` (got "${format}")` : ''}.`);
    const query = stringOption(ctx.values, 'query');
    if (query !== undefined && ctx.positionals.length) throw new UsageError('Give either article ids or --query, not both.');
    const ids = ctx.positionals.length ? parseIds(ctx.positionals) : undefined;
    const outWord = stringOption(ctx.values, 'out');
    if (format === 'md' && !outWord) throw new UsageError('The Markdown bundle is a zip file: name it with --out, e.g. --out summit.zip.');
    const out = outWord ? resolve(ctx.io.cwd ?? process.cwd(), outWord) : undefined;
    if (out && existsSync(out) && ctx.values.force !== true) throw new UsageError(`${out} already exists; add --force to replace it.`);
    const library = ctx.open();
    let file;
    if (format in CITATION_FORMATS) {
      const citeIds = ids ?? (query !== undefined ? queryIds(library.ctx.db, query).ids : await allIds(library));
      if (citeIds.length === 0) throw new Error('There are no articles to cite.');
      file = await library.invoke('export.citations', { ids: citeIds, style: CITATION_FORMATS[format as keyof typeof CITATION_FORMATS] });
    } else {
      const fmt = format as (typeof ARTICLE_FORMATS)[number];
      const selectedIds = ids ?? (query === undefined ? await allIds(library) : undefined);
      if (selectedIds && selectedIds.length === 0) throw new Error('The library is empty: there is nothing to export.');
      const selection = selectedIds ? { ids: selectedIds } : { query: query! };
      file = await library.invoke('export.articles', { ...selection, format: fmt });
    }
    const bytes = file.encoding === 'base64' ? Buffer.from(file.content, 'base64') : Buffer.from(file.content, 'utf8');
    if (out) {
      writeFileSync(out, bytes);
      if (ctx.json) ctx.io.stdout(json({ path: out, count: file.count, bytes: bytes.length, format }));
      else ctx.io.stderr(`Exported ${file.count} article${file.count === 1 ? '' : 's'} to ${out}.\n`);
    } else ctx.io.stdout(file.content);
    return 0;
  },
};
