import { expect } from '@open-wc/testing';
import { formatDate, formatDateTime } from '../../src/i18n/format.js';

const ARABIC_INDIC = /[\u0660-\u0669]/;

describe('formatDate digits', () => {
  it('writes Arabic dates with Latin digits in every engine, whatever its ICU', () => {
    for (const lang of ['ar', 'ar-Arab']) {
      expect(formatDate('2021-10-20', lang), lang).to.match(/^20 .+ 2021$/);
      expect(formatDateTime('2021-10-20T09:05:00Z', lang), lang).to.not.match(ARABIC_INDIC);
    }
  });

  it('keeps the Arabic-Indic digits that a region or the tag asks for', () => {
    expect(formatDate('2021-10-20', 'ar-EG')).to.match(/^٢٠ .+ ٢٠٢١$/);
    expect(formatDate('2021-10-20', 'ar-u-nu-arab')).to.match(/^٢٠ .+ ٢٠٢١$/);
  });
});
