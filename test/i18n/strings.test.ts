import { expect } from '@open-wc/testing';
import { directionOf, needsTranslation, stringsFor, type UiStrings } from '../../src/i18n/strings.js';
import { TRANSLATIONS } from '../../src/i18n/translations.js';
// The complete model: every on-demand feature (the HTML reader, the translations…) loaded.
import '../../src/loader/every-feature.js';
import '../../src/news-photo/news-photo.js';
import type { NewsPhoto } from '../../src/news-photo/news-photo.component.js';
import { captureWarnings } from '../helpers.js';

// The eight languages issue 3 asks for. The translations themselves live in one
// place (src/i18n/strings.ts); these tests check their shape, and the element
// tests show them where a reader sees them.
const LANGUAGES = ['en', 'ar', 'fa', 'ps', 'ru', 'fr', 'de', 'es'];
const KEYS = [
  'by',
  'updated',
  'photo',
  'readAlso',
  'related',
  'playVideo',
  'error',
  'tags',
  'code',
  'table',
  'notes',
  'note',
  'noteBack',
  'viewPost',
  'correction',
  'update',
  'editorsNote',
  'corrections',
  'transcript',
];
// The last string of each language: a string missing or added anywhere before it moves it.
const LAST = {
  en: 'Back to reference',
  ar: 'العودة إلى الإحالة',
  fa: 'بازگشت به ارجاع',
  ps: 'بېرته حوالې ته',
  ru: 'Вернуться к ссылке',
  fr: 'Retour à l’appel de note',
  de: 'Zurück zum Verweis',
  es: 'Volver a la llamada',
};
/** Words that are the same as in English (and right): French "Code", "Notes", "Note", "Correction"; German "Code". */
const SAME: Record<string, string[]> = { fr: ['code', 'notes', 'note', 'correction'], de: ['code'] };

describe('stringsFor', () => {
  it('gives every string in every language we ship, in its place', () => {
    const english = stringsFor('en');
    for (const lang of LANGUAGES) {
      const strings = stringsFor(lang);
      expect(Object.keys(strings), lang).to.deep.equal(KEYS);
      for (const key of KEYS) expect(strings[key as keyof typeof strings], `${lang}.${key}`).to.match(/\S/);
      expect(strings.noteBack, lang).to.equal(LAST[lang as keyof typeof LAST]);
      if (lang !== 'en')
        expect(
          KEYS.filter((key) => strings[key as keyof typeof strings] === english[key as keyof typeof english]),
          lang,
        ).to.deep.equal(SAME[lang] ?? []);
    }
    expect([english.by, english.error]).to.deep.equal(['By', 'This content could not be loaded.']);
    // The social card's link names the author and the provider in every language.
    for (const lang of LANGUAGES) expect(stringsFor(lang).viewPost, lang).to.include('{a}').and.include('{p}');
    expect(stringsFor('ar').transcript).to.equal('النص المكتوب');
    // French typography: a no-break space before the colon, so it never starts a line.
    expect(stringsFor('fr').photo).to.equal('Photo\u00a0:');
  });

  it('reads the base language of a tag, in any case, and falls back to English', () => {
    expect(stringsFor('fr-CA')).to.deep.equal(stringsFor('fr'));
    expect(stringsFor('DE_at')).to.deep.equal(stringsFor('de'));
    expect(stringsFor('ar-EG').related).to.equal('ذو صلة');
    for (const lang of ['pt-BR', '', undefined, 'constructor', '__proto__'])
      expect(stringsFor(lang), String(lang)).to.deep.equal(stringsFor('en'));
  });

  it("puts the host's overrides on top, without changing the next element's strings", () => {
    const french = stringsFor('fr');
    expect(stringsFor('fr', { by: 'De', tags: 'Thèmes' })).to.deep.equal({ ...french, by: 'De', tags: 'Thèmes' });
    expect(stringsFor('fr')).to.deep.equal(french);
  });
});

describe('directionOf', () => {
  it('is rtl for right-to-left languages and scripts, ltr otherwise', () => {
    for (const lang of ['ar', 'fa-IR', 'ps', 'he', 'ur', 'ckb', 'az-Arab', 'pa-Arab-PK'])
      expect(directionOf(lang), lang).to.equal('rtl');
    for (const lang of ['en', 'fr-CA', 'ru', 'arn', 'zh-Hant', undefined])
      expect(directionOf(lang), String(lang)).to.equal('ltr');
  });
});

describe('strings overrides', () => {
  it('shows an override that is not a string as text, reported once per strings object', async () => {
    const overrides = {
      by: document.createElement('b'),
      photo: { _$litType$: 1, strings: ['<img src=x onerror=alert(1)>'], values: [] },
      tags: 42,
      get updated(): string {
        throw new Error('no');
      },
      related: undefined,
    } as unknown as Partial<UiStrings>;
    const warned = await captureWarnings(() => {
      const strings = stringsFor('en', overrides);
      expect([strings.by, strings.photo, strings.tags, strings.updated, strings.related]).to.deep.equal([
        '[object HTMLElement]',
        '[object Object]',
        '42',
        'Updated',
        'Related',
      ]);
      stringsFor('en', overrides);
    });
    expect(warned).to.deep.equal([
      ['[news-elements] strings: by, updated, photo, tags must be text; shown as text, or left out when it has none'],
    ]);
  });

  it('renders an element whose strings hold a node and a template-shaped object: ready, with its content', async () => {
    const el = document.createElement('news-photo') as NewsPhoto;
    el.strings = {
      photo: { _$litType$: 1, strings: ['<b>x</b>'], values: [] },
      by: document.body,
    } as unknown as Partial<UiStrings>;
    el.data = { src: '/demo/images/lead-400.jpg', alt: 'a', credit: 'AFP' };
    await captureWarnings(async () => {
      document.body.append(el);
      await el.updateComplete;
    });
    try {
      expect(el.state).to.equal('ready');
      expect(el.shadowRoot!.querySelector('[part~="credit-label"]')!.textContent).to.equal('[object Object]');
      expect(document.body.contains(el), 'the page is where it was').to.equal(true);
    } finally {
      el.remove();
    }
  });
});

describe('needsTranslation', () => {
  it('is true for exactly the languages the on-demand translations hold, so their words are loaded before they show', () => {
    for (const lang of Object.keys(TRANSLATIONS)) expect(needsTranslation(lang), lang).to.equal(true);
    for (const lang of ['en', 'en-GB', 'ja', 'pt-BR', '', undefined, 'constructor', '__proto__'])
      expect(needsTranslation(lang), String(lang)).to.equal(false);
    expect(needsTranslation('FR-ca')).to.equal(true);
  });
});
