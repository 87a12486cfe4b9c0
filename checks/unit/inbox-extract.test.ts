import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { decodeEntities, extractCodes, htmlImages, htmlLinks, htmlToText, summarize, textLinks } from '../../sandbox/inbox/extract.ts';

const values = (codes: { value: string }[]) => codes.map((c) => c.value);

describe('inbox extraction', () => {
  it('finds the code after Okta’s anchors, not numbers elsewhere', () => {
    const text = htmlToText(
      '<p>Hi 2026 user,</p><p>Expires in 5 minutes, 2026-05-06.</p><p>Can&#39;t use the link? Enter a code instead: <b>123456</b></p>',
    );
    assert.deepEqual(values(extractCodes(text)), ['123456']);
    assert.deepEqual(values(extractCodes('To verify manually, enter this code: 654321')), ['654321']);
    assert.deepEqual(values(extractCodes('Your verification code is 771204.')), ['771204']);
  });

  it('accepts alphanumeric codes after a code word and ignores digits inside URLs', () => {
    assert.deepEqual(values(extractCodes('Your passcode: G3H1Y2')), ['G3H1Y2']);
    assert.deepEqual(values(extractCodes('code: see https://x.test/verify/123456?t=987654 now')), []);
    assert.deepEqual(values(extractCodes('Acme 2024: your code is 112233')), ['112233'], 'the org name digits are not taken');
  });

  it('falls back to standalone 6-digit numbers without a code word', () => {
    assert.deepEqual(values(extractCodes('Sign in with 448812 today, order 12345')), ['448812']);
    assert.deepEqual(values(extractCodes('nothing here')), []);
  });

  it('extracts html links from <a> and <area> with decoded hrefs and text', () => {
    const html = `<a id="email-authentication-button" href="https://org.test/email/verify/0oa1?token=abc&amp;x=1"> Sign <b>In</b> </a>
      <map><area href='https://org.test/area' alt="Area link"></map><a name="anchor">no href</a>`;
    assert.deepEqual(htmlLinks(html), [
      { href: 'https://org.test/email/verify/0oa1?token=abc&x=1', text: 'Sign In' },
      { href: 'https://org.test/area', text: 'Area link' },
    ]);
  });

  it('extracts text links without trailing punctuation, and images', () => {
    assert.deepEqual(textLinks('Go to https://a.test/reset/AbC-1_2. Or (http://b.test/x)'), [
      { href: 'https://a.test/reset/AbC-1_2', text: 'https://a.test/reset/AbC-1_2' },
      { href: 'http://b.test/x', text: 'http://b.test/x' },
    ]);
    assert.deepEqual(htmlImages('<img src="https://c.test/logo.png" alt="Logo">'), [{ src: 'https://c.test/logo.png', alt: 'Logo' }]);
  });

  it('renders visible text and summaries', () => {
    assert.equal(htmlToText('<head><style>p{}</style></head><p>A&nbsp;&amp;&rsquo;B</p><p>C</p>'), 'A &\u2019B\nC');
    assert.equal(decodeEntities('&#x41;&#66;&unknown;'), 'AB&unknown;');
    const long = summarize('word '.repeat(100));
    assert.equal(long.length, 140);
    assert.ok(long.endsWith('\u2026'));
  });
});
