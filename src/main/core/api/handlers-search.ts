// Handlers for the channels in src/shared/contract-search.ts.
import type { searchContract } from '../../../shared/contract-search';
import type { HandlersFor } from './types';

export const searchHandlers: HandlersFor<keyof typeof searchContract> = {};
