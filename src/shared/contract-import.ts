// Import log, reprints, watched folder, import settings.
// Spread into `contract` by ./contract.ts; same rules: zod input → zod output, nothing else imported.
import { z } from 'zod';
// Shared schemas (id, tagName, ArticleSummary, SearchHit…) come from './schemas'.

export const importContract = {} satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;
