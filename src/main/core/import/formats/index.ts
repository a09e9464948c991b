// The registry of formats the importer knows: the basic ones first, then the extra formats
// (PDF, DOCX, e-mail, feeds, JSON/CSV, archives) from ./extra. Detection tries content sniffing
// across all of them before extensions (see ../detect.ts).
import type { ContainerHandler, FormatHandler } from '../types';
import { extraContainerHandlers, extraFormatHandlers } from './extra';
import { htmlHandler } from './html';
import { markdownHandler } from './markdown';
import { textHandler } from './text';

export const formatHandlers: FormatHandler[] = [htmlHandler, markdownHandler, textHandler, ...extraFormatHandlers];
export const containerHandlers: ContainerHandler[] = [...extraContainerHandlers];
