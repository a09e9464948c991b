// Highlights, notes, notebook pages, the tag tree and its undoable operations, auto-tag rules,
// exports and citations, backups, the trash and the list of libraries.
// Spread into `contract` by ./contract.ts; same rules: zod input → zod output, nothing else imported.
import { z } from 'zod';
import { id, tagName } from './schemas';

const count = z.number().int();
const when = z.string();
const filePath = z.string().trim().min(1, 'Give a file path.').max(4096, 'That path is too long.');
const query = z.string().max(10_000, 'That query is too long (over 10,000 characters).');
const ids = (max: number) => z.array(id).min(1, 'Select at least one article.').max(max, `At most ${max.toLocaleString('en')} articles at a time.`);

export const HighlightColor = z.enum(['yellow', 'green', 'blue', 'pink', 'purple']);
export const AnchorStatus = z.enum(['exact', 'moved', 'fuzzy', 'lost']);

export const Highlight = z.object({
  id,
  articleId: id,
  /** UTF-16 offsets into Article.text (the plain text), start inclusive, end exclusive. */
  start: count,
  end: count,
  quote: z.string(),
  color: HighlightColor,
  comment: z.string(),
  /** How the highlight was last found in the text: 'lost' = its passage is no longer there (show it apart). */
  anchor: AnchorStatus,
  createdAt: when,
  updatedAt: when,
});

export const Note = z.object({ articleId: id, body: z.string(), createdAt: when, updatedAt: when });

/** An article or highlight a notebook page refers to (parallax://article/12 or …/12#h5 in its Markdown). */
export const PageLink = z.object({ articleId: id, highlightId: id.nullable(), exists: z.boolean(), title: z.string().nullable() });
export const PageSummary = z.object({ id, title: z.string(), excerpt: z.string(), createdAt: when, updatedAt: when });
export const Page = PageSummary.omit({ excerpt: true }).extend({ body: z.string(), links: z.array(PageLink) });

/** A file produced for download: text as is, binary (zip) as base64. */
export const ExportFile = z.object({
  filename: z.string(),
  mimeType: z.string(),
  encoding: z.enum(['utf8', 'base64']),
  content: z.string(),
  /** Articles (or references) in it. */
  count,
});

export const tagColor = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, 'A tag colour is written like #3366cc.')
  .transform((s) => s.toLowerCase());

export const TagNode = z.object({
  /** Full path, e.g. region/korea/north. */
  name: z.string(),
  /** Last part, e.g. north. */
  label: z.string(),
  parent: z.string().nullable(),
  depth: count,
  /** Articles carrying this tag or any tag below it. */
  count,
  /** Articles carrying exactly this tag (0 for a parent that exists only through its children). */
  own: count,
  color: z.string().nullable(),
});

/** What an undoable operation did, with the label undo.last will show. */
export const TagChange = z.object({ articles: count, added: count, removed: count, undoLabel: z.string().nullable() });

export const Rule = z.object({
  id,
  name: z.string(),
  query: z.string(),
  tags: z.array(z.string()),
  enabled: z.boolean(),
  createdAt: when,
  updatedAt: when,
  lastRunAt: when.nullable(),
  lastMatched: count.nullable(),
});
export const RuleRun = z.object({
  ruleId: id,
  name: z.string(),
  matched: count,
  /** Articles that gained at least one tag from this rule now. */
  tagged: count,
  /** A few of the matched articles, to show what the rule caught. */
  examples: z.array(z.object({ id, title: z.string(), outlet: z.string().nullable() })),
  message: z.string().nullable(),
});

export const BackupInfo = z.object({ path: z.string(), name: z.string(), bytes: count, createdAt: when, automatic: z.boolean() });
export const BackupSchedule = z.object({
  enabled: z.boolean(),
  intervalHours: z.number(),
  keep: count,
  /** Where backups go; null = the default folder beside the library. */
  folder: z.string().nullable(),
  effectiveFolder: z.string(),
  lastBackupAt: when.nullable(),
  nextBackupAt: when.nullable(),
});

export const TrashItem = z.object({
  /** The trash entry (restore and empty take these). */
  id,
  /** The id the article had. */
  articleId: id,
  title: z.string(),
  outlet: z.string().nullable(),
  published: z.string().nullable(),
  deletedAt: when,
});

export const LibraryEntry = z.object({ path: z.string(), name: z.string(), openedAt: when.nullable(), exists: z.boolean() });

const empty = z.object({}).strict();
const deleted = z.object({ deleted: z.boolean() });

export const notebookContract = {
  'highlights.list': { input: z.object({ articleId: id }).strict(), output: z.array(Highlight) },
  'highlights.create': {
    input: z
      .object({
        articleId: id,
        start: z.number().int().min(0),
        end: z.number().int().min(1),
        /** The selected text as the reader saw it; when given it must be found at (or near) the offsets. */
        quote: z.string().max(100_000).optional(),
        color: HighlightColor.default('yellow'),
        comment: z.string().max(100_000, 'A comment can be at most 100,000 characters long.').default(''),
      })
      .strict()
      .refine((v) => v.end > v.start, 'A highlight must cover at least one character (end after start).'),
    output: Highlight,
  },
  'highlights.update': {
    input: z
      .object({ id, color: HighlightColor.optional(), comment: z.string().max(100_000, 'A comment can be at most 100,000 characters long.').optional() })
      .strict(),
    output: Highlight,
  },
  'highlights.delete': { input: z.object({ id }).strict(), output: deleted },

  'notes.get': { input: z.object({ articleId: id }).strict(), output: Note.nullable() },
  /** Autosave: creates or replaces the note; an empty body removes it. Answers null when removed. */
  'notes.save': {
    input: z.object({ articleId: id, body: z.string().max(2_000_000, 'A note can be at most 2,000,000 characters long.') }).strict(),
    output: Note.nullable(),
  },

  'pages.list': { input: empty, output: z.array(PageSummary) },
  'pages.get': { input: z.object({ id }).strict(), output: Page },
  /** Creates a page (no id) or replaces one. */
  'pages.save': {
    input: z
      .object({
        id: id.optional(),
        title: z.string().trim().min(1, 'A page needs a title.').max(500, 'A page title can be at most 500 characters long.'),
        body: z.string().max(5_000_000, 'A page can be at most 5,000,000 characters long.').default(''),
      })
      .strict(),
    output: Page,
  },
  'pages.delete': { input: z.object({ id }).strict(), output: deleted },
  'pages.export': { input: z.object({ id, format: z.enum(['md', 'html']) }).strict(), output: ExportFile },
  /** Markdown quoting a highlighted passage with its provenance, to insert into a page. */
  'pages.embed': { input: z.object({ highlightId: id }).strict(), output: z.object({ markdown: z.string() }) },

  'tags.tree': { input: empty, output: z.array(TagNode) },
  /** Renames a tag and everything below it (region → area renames region/korea too). */
  'tags.rename': { input: z.object({ from: tagName, to: tagName }).strict(), output: TagChange },
  /** Re-parents a tag with its children; parent null = top level. */
  'tags.move': { input: z.object({ name: tagName, parent: tagName.nullable() }).strict(), output: TagChange },
  /** Files every article of `from` (and its children) under `into`; `from` disappears. */
  'tags.merge': { input: z.object({ from: tagName, into: tagName }).strict(), output: TagChange },
  /** Removes a tag and the tags below it from every article. */
  'tags.delete': { input: z.object({ name: tagName }).strict(), output: TagChange },
  'tags.setColor': { input: z.object({ name: tagName, color: tagColor.nullable() }).strict(), output: z.object({ name: z.string(), color: z.string().nullable() }) },
  /** Tags/untags a selection (ids) or every result of a query. */
  'tags.bulk': {
    input: z
      .object({
        ids: z.array(id).max(1_000_000).optional(),
        query: query.optional(),
        add: z.array(tagName).max(100).default([]),
        remove: z.array(tagName).max(100).default([]),
      })
      .strict()
      .refine((v) => (v.ids === undefined) !== (v.query === undefined), 'Give either the selected article ids or a query, not both.')
      .refine((v) => v.add.length + v.remove.length > 0, 'Say which tags to add or remove.'),
    output: TagChange.extend({ matched: count, message: z.string().nullable() }),
  },
  /** Reverses the most recent undoable operation (tag operations, bulk tagging, rule runs, moving to the trash). */
  'undo.last': { input: empty, output: z.object({ undone: z.string().nullable(), message: z.string() }) },
  'undo.peek': { input: empty, output: z.object({ label: z.string().nullable() }) },

  'rules.list': { input: empty, output: z.array(Rule) },
  'rules.save': {
    input: z
      .object({
        id: id.optional(),
        name: z.string().trim().min(1, 'A rule needs a name.').max(200, 'A rule name can be at most 200 characters long.'),
        query: query.refine((q) => q.trim().length > 0, 'A rule needs a query, e.g. outlet:KCNA OR outlet:TASS.'),
        tags: z.array(tagName).min(1, 'A rule needs at least one tag to apply.').max(20, 'A rule can apply at most 20 tags.'),
        enabled: z.boolean().default(true),
      })
      .strict(),
    output: Rule,
  },
  'rules.delete': { input: z.object({ id }).strict(), output: deleted },
  /** Runs one rule (id) or every enabled rule over the whole library; undoable as one step. */
  'rules.run': { input: z.object({ id: id.optional() }).strict(), output: z.object({ results: z.array(RuleRun), undoLabel: z.string().nullable() }) },

  'export.articles': {
    input: z
      .object({ ids: ids(200_000).optional(), query: query.optional(), format: z.enum(['csv', 'json', 'md']) })
      .strict()
      .refine((v) => (v.ids === undefined) !== (v.query === undefined), 'Give either the selected article ids or a query, not both.'),
    output: ExportFile,
  },
  /** csl = CSL-JSON, text = one formatted reference line per article. */
  'export.citations': { input: z.object({ ids: ids(50_000), style: z.enum(['csl', 'bibtex', 'ris', 'text']) }).strict(), output: ExportFile },

  /** Backs up the open library (while it stays usable) to `path` or the backup folder. */
  'backup.create': { input: z.object({ path: filePath.optional() }).strict(), output: BackupInfo },
  /** Replaces the open library with a backup after checking it; the current one is backed up first. */
  'backup.restore': {
    input: z.object({ path: filePath }).strict(),
    output: z.object({ articleCount: count, schemaVersion: count, safetyBackup: z.string().nullable() }),
  },
  'backup.list': { input: empty, output: z.object({ folder: z.string(), backups: z.array(BackupInfo) }) },
  'backup.schedule.get': { input: empty, output: BackupSchedule },
  'backup.schedule.set': {
    input: z
      .object({
        enabled: z.boolean().optional(),
        intervalHours: z.number().min(0.25, 'Back up at most every 15 minutes.').max(24 * 90, 'Back up at least every 90 days.').optional(),
        keep: z.number().int().min(1, 'Keep at least one backup.').max(1000, 'Keep at most 1,000 backups.').optional(),
        folder: filePath.nullable().optional(),
      })
      .strict(),
    output: BackupSchedule,
  },

  'trash.list': {
    input: z.object({ offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(1000).default(200) }).strict(),
    output: z.object({ total: count, items: z.array(TrashItem) }),
  },
  /** Moves articles to the trash (hidden everywhere; undoable). */
  'trash.delete': { input: z.object({ ids: ids(200_000) }).strict(), output: z.object({ trashed: count, undoLabel: z.string().nullable() }) },
  'trash.restore': {
    input: z.object({ ids: z.array(id).min(1, 'Choose at least one article in the trash.').max(200_000) }).strict(),
    output: z.object({
      restored: z.array(z.object({ trashId: id, articleId: id })),
      /** Entries that could not come back (e.g. the same article was imported again meanwhile). */
      conflicts: z.array(z.object({ trashId: id, title: z.string(), message: z.string() })),
    }),
  },
  /** Purges the whole trash (or the given entries) from the library, its index and the file. */
  'trash.empty': { input: z.object({ ids: z.array(id).min(1).max(200_000).optional() }).strict(), output: z.object({ purged: count }) },

  'libraries.list': { input: empty, output: z.object({ current: z.string(), recent: z.array(LibraryEntry) }) },
  /** Creates a new, empty library and switches to it. */
  'libraries.create': {
    input: z
      .object({
        name: z.string().trim().min(1, 'A library needs a name.').max(120, 'A library name can be at most 120 characters long.'),
        folder: filePath.optional(),
      })
      .strict(),
    output: z.object({ path: z.string() }),
  },
  /** Switches to another library file. */
  'libraries.open': { input: z.object({ path: filePath }).strict(), output: z.object({ path: z.string(), articleCount: count }) },
} satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;
