// Handlers for the channels in src/shared/contract-notebook.ts.
import type { notebookContract } from '../../../shared/contract-notebook';
import type { HandlersFor } from './types';

export const notebookHandlers: HandlersFor<keyof typeof notebookContract> = {};
