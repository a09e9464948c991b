// Stories and coverage comparison.
// Spread into `contract` by ./contract.ts; same rules: zod input → zod output, nothing else imported.
import { z } from 'zod';
// Shared schemas (id, tagName, ArticleSummary, SearchHit…) come from './schemas'.

export const compareContract = {} satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;
