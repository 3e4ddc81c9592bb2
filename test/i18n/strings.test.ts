import { expect } from '@open-wc/testing';
import { directionOf, stringsFor } from '../../src/i18n/strings.js';

// The eight languages issue 3 asks for. The translations themselves live in one
// place (src/i18n/strings.ts); these tests check their shape, and the element
// tests show them where a reader sees them.
const LANGUAGES = ['en', 'ar', 'fa', 'ps', 'ru', 'fr', 'de', 'es'];
const KEYS = ['by', 'updated', 'photo', 'readAlso', 'related', 'playVideo', 'error', 'tags'];
// v2: the words of the media and notes blocks, in a table of their own.
const MEDIA_KEYS = ['viewPost', 'correction', 'update', 'editorsNote', 'corrections', 'transcript'];
// The same word as English, and right: French "Correction".
const SAME_AS_ENGLISH = ['fr.correction'];
// The last string of each language: a string missing or added anywhere before it moves it.
const LAST = { en: 'Tags', ar: 'الوسوم', fa: 'برچسب‌ها', ps: 'نښې', ru: 'Теги', fr: 'Mots-clés', de: 'Schlagwörter', es: 'Etiquetas' };

describe('stringsFor', () => {
  it('gives every string in every language we ship, in its place', () => {
    const english = stringsFor('en');
    for (const lang of LANGUAGES) {
      const strings = stringsFor(lang);
      expect(Object.keys(strings), lang).to.deep.equal([...KEYS, ...MEDIA_KEYS]);
      for (const key of KEYS) expect(strings[key as keyof typeof strings], `${lang}.${key}`).to.match(/\S/);
      expect(strings.tags, lang).to.equal(LAST[lang as keyof typeof LAST]);
      if (lang !== 'en') expect(KEYS.filter((key) => strings[key as keyof typeof strings] === english[key as keyof typeof english]), lang).to.deep.equal([]);
    }
    expect([english.by, english.error]).to.deep.equal(['By', 'This content could not be loaded.']);
    for (const lang of LANGUAGES) {
      const strings = stringsFor(lang) as unknown as Record<string, string>;
      for (const key of MEDIA_KEYS) {
        expect(strings[key], `${lang}.${key}`).to.match(/\S/);
        if (lang !== 'en' && !SAME_AS_ENGLISH.includes(`${lang}.${key}`)) expect(strings[key], `${lang}.${key}`).not.to.equal((english as unknown as Record<string, string>)[key]);
      }
      // The social card's link names the author and the provider in every language.
      expect(strings.viewPost, lang).to.include('{a}').and.include('{p}');
    }
    expect(stringsFor('ar').transcript).to.equal('النص المكتوب');
    // French typography: a no-break space before the colon, so it never starts a line.
    expect(stringsFor('fr').photo).to.equal('Photo\u00a0:');
  });

  it('reads the base language of a tag, in any case, and falls back to English', () => {
    expect(stringsFor('fr-CA')).to.deep.equal(stringsFor('fr'));
    expect(stringsFor('DE_at')).to.deep.equal(stringsFor('de'));
    expect(stringsFor('ar-EG').related).to.equal('ذو صلة');
    for (const lang of ['pt-BR', '', undefined, 'constructor', '__proto__']) expect(stringsFor(lang), String(lang)).to.deep.equal(stringsFor('en'));
  });

  it("puts the host's overrides on top, without changing the next element's strings", () => {
    const french = stringsFor('fr');
    expect(stringsFor('fr', { by: 'De', tags: 'Thèmes' })).to.deep.equal({ ...french, by: 'De', tags: 'Thèmes' });
    expect(stringsFor('fr')).to.deep.equal(french);
  });
});

describe('directionOf', () => {
  it('is rtl for right-to-left languages and scripts, ltr otherwise', () => {
    for (const lang of ['ar', 'fa-IR', 'ps', 'he', 'ur', 'ckb', 'az-Arab', 'pa-Arab-PK']) expect(directionOf(lang), lang).to.equal('rtl');
    for (const lang of ['en', 'fr-CA', 'ru', 'arn', 'zh-Hant', undefined]) expect(directionOf(lang), String(lang)).to.equal('ltr');
  });
});
