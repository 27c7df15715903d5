/** Messages between the app and the generator worker. */
import type { DeckFile, DeckSource } from '../core/deck';

export interface GenerateRequest {
  /** Echoed in every reply, so a reply to a cancelled request can be ignored. */
  id: number;
  text: string;
  /** The opened file's name: ".md" means Markdown. */
  fileName?: string | undefined;
  /** Attribution to use where the text gives none (an update keeps the deck's own). */
  source?: Partial<DeckSource> | undefined;
}

export type GenerateReply =
  | { id: number; type: 'progress'; fraction: number }
  | { id: number; type: 'done'; deck: DeckFile; article: string }
  | { id: number; type: 'error'; message: string };
