import { expect } from '@open-wc/testing';
import { safeUrl } from '../../src/model/url-policy.js';

describe('URL policy', () => {
  const refused = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    '\tjavascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java\rscript:alert(1)',
    'javascript\u0000:alert(1)',
    '\u0001javascript:alert(1)',
    'java\u200bscript:alert(1)',
    '&#106;avascript:alert(1)',
    '&#x6A;avascript:alert(1)',
    '&#0000106avascript:alert(1)',
    'javascript&colon;alert(1)',
    'javascript&#58;alert(1)',
    '%6Aavascript:alert(1)',
    'javascript%3Aalert(1)',
    'vbscript:msgbox(1)',
    'VBSCRIPT:x',
    'data:text/html,<script>alert(1)</script>',
    'data:image/svg+xml,<svg onload=alert(1)>',
    'DATA:text/html,x',
    'file:///etc/passwd',
    'blob:https://a/b',
    'foo:bar',
    'java&#x09;script:alert(1)',
    '',
    '   ',
    'x'.repeat(9000),
    'https:javascript:alert(1)',
    'http:data:text/html,x',
    'HTTPS:JavaScript:alert(1)',
    'https:&#106;avascript:alert(1)',
    'mailto:javascript:alert(1)',
  ];
  for (const url of refused) {
    it(`refuses ${JSON.stringify(url.slice(0, 40))}`, () => {
      expect(safeUrl(url, 'link')).to.equal(undefined);
      expect(safeUrl(url, 'resource', 'https://example.com/')).to.equal(undefined);
    });
  }

  it('keeps http, https and relative URLs', () => {
    for (const url of [
      'https://example.com/a?b=c#d',
      'http://example.com/',
      '/a/b.jpg',
      'img/a.jpg',
      '../a.json',
      '?q=1',
      '#top',
      '//cdn.example.com/x.jpg',
      'https://a.b/?q=javascript:x',
    ]) {
      expect(safeUrl(url, 'link'), url).to.equal(url);
    }
  });

  it('allows mailto: and tel: for links only', () => {
    expect(safeUrl('mailto:desk@example.com', 'link')).to.equal('mailto:desk@example.com');
    expect(safeUrl('tel:+15551234', 'link')).to.equal('tel:+15551234');
    expect(safeUrl('mailto:desk@example.com', 'resource')).to.equal(undefined);
  });

  it('resolves against a base when one is given', () => {
    expect(safeUrl('../images/a.jpg', 'resource', 'https://example.com/news/articles/story.json')).to.equal(
      'https://example.com/news/images/a.jpg',
    );
    expect(safeUrl('//cdn.example.com/a.jpg', 'resource', 'https://example.com/')).to.equal(
      'https://cdn.example.com/a.jpg',
    );
  });
});
