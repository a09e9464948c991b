// Handlers for the channels in src/shared/contract-compare.ts.
import type { compareContract } from '../../../shared/contract-compare';
import type { HandlersFor } from './types';

export const compareHandlers: HandlersFor<keyof typeof compareContract> = {};
