/**
 * Every on-demand feature, imported statically: for the server renderer, which
 * renders any document in one pass, and for the hydrating client, whose first
 * render must match what the server sent. Importing this module registers them.
 * Not the adapters (`format`): the server converts before it renders
 * (`renderToString`'s `format`) and sends our document, so a hydrating element never
 * converts; one made in the browser with a `format` loads them on demand.
 */
import * as html from '../model/rich-text/html-fragment.js';
import * as embed from '../render/video.js';
import * as code from '../render/code.js';
import * as table from '../render/table.js';
import * as gallery from '../render/gallery.js';
import * as media from '../render/media.js';
import * as social from '../render/social.js';
import * as notes from '../render/notes.js';
import * as footnotes from '../render/footnotes.js';
import * as jsonld from '../render/jsonld.js';
import * as strings from '../i18n/translations.js';
import { provide } from './on-demand.js';

provide({
  html,
  embed,
  code,
  table,
  gallery,
  video: media,
  audio: media,
  social,
  note: notes,
  aside: notes,
  footnotes,
  jsonld,
  strings,
});
