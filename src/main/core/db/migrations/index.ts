import type { Db } from '../open';
import { m001Initial } from './001-initial';
import { m002Search } from './002-search';
import { m003Import } from './003-import';
import { m004Stories } from './004-stories';
import { m005Notebook } from './005-notebook';
import { m006FilterTokens } from './006-filter-tokens';
import { m007IndexOnInsert } from './007-index-on-insert';

export interface Migration {
  version: number;
  name: string;
  up(db: Db): void;
}

/** In order; index i holds version i + 1. Never edit a released migration: add a new one. */
export const migrations: Migration[] = [m001Initial, m002Search, m003Import, m004Stories, m005Notebook, m006FilterTokens, m007IndexOnInsert];
