// Handlers for the channels in src/shared/contract-import.ts.
import type { importContract } from '../../../shared/contract-import';
import type { HandlersFor } from './types';

export const importHandlers: HandlersFor<keyof typeof importContract> = {};
