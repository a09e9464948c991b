// Format handlers beyond text/Markdown/HTML (PDF, DOCX, e-mail, feeds, JSON/CSV, archives).
// The registry in ./index.ts appends these after the basic ones.
import type { ContainerHandler, FormatHandler } from '../types';

export const extraFormatHandlers: FormatHandler[] = [];
export const extraContainerHandlers: ContainerHandler[] = [];
