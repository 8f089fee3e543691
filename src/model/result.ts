import type { DocumentInfo } from './document.js';
import type { Event } from './event.js';
import type { Figure } from './figure.js';
import type { Message } from './message.js';

/** What `sitrep extract` prints for one document: the result contract of docs/DESIGN. */
export interface Result {
  id: string;
  document: DocumentInfo;
  events: Event[];
  figures: Figure[];
  messages: Message[];
}
