// Format handlers beyond text/Markdown/HTML (PDF, DOCX, e-mail, feeds, JSON/CSV, archives).
// The registry in ./index.ts appends these after the basic ones. Order matters for sniffing:
// binary signatures first, MHTML before e-mail (both are MIME), JSON before NDJSON.
import { zipContainerHandler } from '../containers/zip';
import type { ContainerHandler, FormatHandler } from '../types';
import { docxHandler } from './docx';
import { emlHandler } from './eml';
import { feedHandler } from './feed';
import { mhtmlHandler } from './mhtml';
import { pdfHandler } from './pdf';
import { csvHandler, jsonHandler, ndjsonHandler } from './tabular';

export const extraFormatHandlers: FormatHandler[] = [
  pdfHandler,
  docxHandler,
  mhtmlHandler,
  emlHandler,
  feedHandler,
  jsonHandler,
  ndjsonHandler,
  csvHandler,
];
export const extraContainerHandlers: ContainerHandler[] = [zipContainerHandler];
