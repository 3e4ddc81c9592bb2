import { expect } from '@open-wc/testing';
import { directionOf, stringsFor } from '../../src/i18n/strings.js';

// The eight languages issue 3 asks for. The translations themselves live in one
// place (src/i18n/strings.ts); these tests check their shape, and the element
// tests show them where a reader sees them.
const LANGUAGES = ['en', 'ar', 'fa', 'ps', 'ru', 'fr', 'de', 'es'];
const KEYS = ['by', 'updated', 'photo', 'readAlso', 'related', 'playVideo', 'error', 'tags', 'code', 'table', 'notes', 'note', 'noteBack'];
// The last string of each language: a string missing or added anywhere before it moves it.
const LAST = {
  en: 'Back to reference', ar: 'العودة إلى الإحالة', fa: 'بازگشت به ارجاع', ps: 'بېرته حوالې ته', ru: 'Вернуться к ссылке',
  fr: 'Retour à l’appel de note', de: 'Zurück zum Verweis', es: 'Volver a la llamada',
};
/** Words that are the same as in English (and right): French "Code", "Notes", "Note"; German "Code". */
const SAME: Record<string, string[]> = { fr: ['code', 'notes', 'note'], de: ['code'] };

describe('stringsFor', () => {
  it('gives every string in every language we ship, in its place', () => {
    const english = stringsFor('en');
    for (const lang of LANGUAGES) {
      const strings = stringsFor(lang);
      expect(Object.keys(strings), lang).to.deep.equal(KEYS);
      for (const key of KEYS) expect(strings[key as keyof typeof strings], `${lang}.${key}`).to.match(/\S/);
      expect(strings.noteBack, lang).to.equal(LAST[lang as keyof typeof LAST]);
      if (lang !== 'en') expect(KEYS.filter((key) => strings[key as keyof typeof strings] === english[key as keyof typeof english]), lang).to.deep.equal(SAME[lang] ?? []);
    }
    expect([english.by, english.error]).to.deep.equal(['By', 'This content could not be loaded.']);
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
