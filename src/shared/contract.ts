// The one API contract between the renderer and the library. Every channel names an input
// schema (validated at the boundary by each transport) and an output schema (whose inferred
// type is what the renderer receives). All other API types are derived from this file.
// Imports nothing from electron, node or the DOM.
import { z } from 'zod';
import { searchContract } from './contract-search';
import { compareContract } from './contract-compare';
import { notebookContract } from './contract-notebook';
import { importContract } from './contract-import';

import { id, tagName, ArticleSummary, Article, SearchHit, ImportOutcome, ImportSummary, ImportProgress, UploadedFile, SortKey, SortOrder } from './schemas';

export * from './schemas';

export const contract = {
  'library.info': {
    input: z.object({}).strict(),
    output: z.object({ path: z.string(), articleCount: z.number().int(), schemaVersion: z.number().int(), transport: z.enum(['electron', 'web', 'direct']) }),
  },
  'articles.list': {
    input: z
      .object({
        sort: SortKey.default('published'),
        order: SortOrder.default('desc'),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(1000).default(200),
        tag: tagName.optional(),
        outlet: z.string().max(200).optional(),
      })
      .strict(),
    output: z.object({ total: z.number().int(), items: z.array(ArticleSummary) }),
  },
  'articles.get': {
    input: z.object({ id }).strict(),
    output: Article,
  },
  'articles.getMany': {
    input: z.object({ ids: z.array(id).min(1).max(6) }).strict(),
    output: z.array(Article),
  },
  'search.query': {
    input: z
      .object({
        q: z.string().max(10_000, 'That query is too long (over 10,000 characters).'),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(1000).default(50),
        sort: z.enum(['relevance', 'newest', 'oldest']).default('relevance'),
      })
      .strict(),
    output: z.object({
      total: z.number().int(),
      hits: z.array(SearchHit),
      /** Terms to highlight in the reader (already normalised: lower-case, no diacritics). */
      highlight: z.array(z.string()),
      /** A sentence for the user when the query could not be understood as typed. */
      message: z.string().nullable(),
    }),
  },
  'tags.list': {
    input: z.object({}).strict(),
    output: z.array(z.object({ name: z.string(), count: z.number().int() })),
  },
  'tags.update': {
    input: z
      .object({
        ids: z.array(id).min(1).max(100_000),
        add: z.array(tagName).max(100).default([]),
        remove: z.array(tagName).max(100).default([]),
      })
      .strict(),
    output: z.object({ updated: z.number().int() }),
  },
  'outlets.list': {
    input: z.object({}).strict(),
    output: z.array(z.object({ name: z.string(), count: z.number().int() })),
  },
  'import.start': {
    input: z
      .object({
        paths: z.array(z.string().min(1).max(4096)).max(10_000).default([]),
        files: z.array(UploadedFile).max(10_000).default([]),
        /** Tags put on every article this import stores; duplicates lacking them are offered them (ImportSummary.tagOffer). */
        tags: z.array(tagName).max(20, 'An import can carry at most 20 tags.').optional(),
      })
      .strict()
      .refine((v) => v.paths.length + v.files.length > 0, 'Choose at least one file or folder to import.'),
    output: z.object({ jobId: z.string() }),
  },
  'import.status': {
    input: z.object({ jobId: z.string().max(100) }).strict(),
    output: z.object({ progress: ImportProgress, summary: ImportSummary.nullable() }),
  },
  'import.cancel': {
    input: z.object({ jobId: z.string().max(100) }).strict(),
    output: z.object({ cancelled: z.boolean() }),
  },
  /** Native file dialog; only the Electron transport has one (the web UI uses <input type=file>). */
  'dialog.pickImportPaths': {
    input: z.object({ folders: z.boolean().default(false) }).strict(),
    output: z.object({ supported: z.boolean(), paths: z.array(z.string()) }),
  },
  /** Opens an http(s)/mailto link outside the app after the user confirms (Electron only). */
  'shell.openExternal': {
    input: z.object({ url: z.string().max(8192) }).strict(),
    output: z.object({ opened: z.boolean() }),
  },
  // Channels of later features live in their own files so they can grow independently.
  ...searchContract,
  ...importContract,
  ...compareContract,
  ...notebookContract,
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type Input<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type Output<C extends Channel> = z.output<Contract[C]['output']>;

export const channels = Object.keys(contract) as Channel[];
export function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/** Events pushed from the library to the renderer. */
export const events = {
  'import.progress': ImportProgress,
  'import.done': ImportSummary,
  'library.changed': z.object({ reason: z.string() }),
} as const;
export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;

export type ErrorCode = 'invalid_input' | 'not_found' | 'unknown_channel' | 'unsupported' | 'internal';
/** Across IPC only an error's message survives, so every call answers with an envelope. */
export type Result<T> = { ok: true; value: T } | { ok: false; code: ErrorCode; message: string };

export type ArticleSummaryT = z.output<typeof ArticleSummary>;
export type ArticleT = z.output<typeof Article>;
export type SearchHitT = z.output<typeof SearchHit>;
export type ImportSummaryT = z.output<typeof ImportSummary>;
export type ImportProgressT = z.output<typeof ImportProgress>;
export type ImportOutcomeT = z.output<typeof ImportOutcome>;

/** The transport-neutral client the renderer, tests and CLI code against. */
export interface ApiClient {
  invoke<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}

/** Snippet highlight markers (control characters cannot occur in stored text). */
export const MARK_START = '\u0002';
export const MARK_END = '\u0003';

/**
 * What the Electron preload exposes as `window.parallax` (and nothing else). The browser UI
 * has no such object and talks HTTP instead; see src/renderer/src/api/.
 */
export interface PreloadApi {
  invoke(channel: Channel, input: unknown): Promise<Result<unknown>>;
  on(listener: (event: EventName, payload: unknown) => void): () => void;
  /** Absolute path of a dropped File (Electron's webUtils), or null. */
  pathForFile(file: unknown): string | null;
  platform: string;
  /** Publishes the page's commands; main builds the application menu from them. */
  setMenu(commands: MenuCommandInfo[]): void;
  /** A menu item was clicked: the id of the command to run. */
  onMenuRun(listener: (id: string) => void): () => void;
}

/** One command as the application menu shows it (main validates it: see menu-template.ts). */
export interface MenuCommandInfo {
  id: string;
  label: string;
  /** Registry group; decides the menu (File, View, Go, Article…). */
  group: string;
  /** The registry's key format ("Mod+k", "Delete"), or null. */
  accelerator: string | null;
  enabled: boolean;
}

/**
 * Web transport (src/main/web): POST /api/invoke/<channel> with header `x-parallax-token: <token>`
 * and a JSON body (the input) → 200 with a Result JSON; events as Server-Sent Events from
 * GET /api/events?token=<token> (`event: <EventName>`, `data: <json payload>`).
 */
export const WEB_TOKEN_HEADER = 'x-parallax-token';
