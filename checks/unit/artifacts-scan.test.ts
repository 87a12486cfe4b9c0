import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, it } from 'node:test';
import { playwrightReportAssets, scanArtifacts } from '../../helpers/artifacts/scan.ts';
import { readZip } from '../../helpers/artifacts/zip.ts';
import { tempDir as emptyTempDir } from '../temp-dir.ts';

/** Builds a ZIP with one deflated entry per file, enough to exercise the reader. */
function makeZip(files: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const data = zlib.deflateRawSync(Buffer.from(content));
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(content.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(content.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

function tempDir(files: Record<string, string | Buffer>): string {
  const dir = emptyTempDir('oiec-scan');
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
  return dir;
}

describe('artifact scan', () => {
  it('reads deflated ZIP entries', () => {
    const entries = readZip(makeZip({ 'a.json': '{"x":1}', 'b.txt': 'hello' }));
    assert.deepEqual(entries.map((e) => [e.name, e.data.toString()]), [['a.json', '{"x":1}'], ['b.txt', 'hello']]);
  });

  it('finds a secret in plain files, URL-encoded, and inside a report page\'s embedded ZIP', () => {
    const embedded = makeZip({ 'report.json': JSON.stringify({ title: 'Fill "Tr0ub4dor&3xyz"' }) }).toString('base64');
    const dir = tempDir({
      'junit.xml': '<failure>code 482913 was wrong</failure>',
      'index.html': `<script>window.data = "data:application/zip;base64,${embedded}";</script>`,
      'steps.log': 'opened /email/verify/x?token=a%2Fb%2Bc',
    });
    const { findings } = scanArtifacts([dir], [
      { kind: 'otp', value: '482913' },
      { kind: 'password', value: 'Tr0ub4dor&3xyz' },
      { kind: 'link-token', value: 'a/b+c' },
    ]);
    assert.deepEqual(
      findings.map((f) => [path.basename(f.file), f.kind]).sort(),
      [['index.html', 'password'], ['junit.xml', 'otp'], ['steps.log', 'link-token']],
    );
    assert.ok(findings.find((f) => f.kind === 'password')?.entry?.startsWith('embedded:'), 'the finding names the embedded entry');
  });

  it('reports nothing when no secret is present, and skips images', () => {
    const dir = tempDir({ 'ok.json': '{"title":"Fill [redacted]"}', 'shot.png': Buffer.from('482913') });
    const result = scanArtifacts([dir], [{ kind: 'otp', value: '482913' }]);
    assert.deepEqual(result.findings, []);
    assert.equal(result.filesScanned, 1);
  });

  it('counts a numeric code only as a number of its own, not inside timestamps, durations or fractions', () => {
    const clean = tempDir({ 'report.json': '{"startTime":1763862482913001,"duration":4829130,"x":0.482913,"y":"9.482913s"}' });
    assert.deepEqual(scanArtifacts([clean], [{ kind: 'otp', value: '482913' }]).findings, []);
    const leaked = tempDir({
      'a.json': '{"code":"482913"}',
      'b.log': 'otp=482913&state=x',
      'c.txt': 'code: 482913.',
      'd.log': 'GET /x?text=Your%20code%20is%20482913',
      'e.json': '{"m":"code\\u00a0482913"}',
      'f.js': 'var m = "tab\\x09482913";',
    });
    const found = scanArtifacts([leaked], [{ kind: 'otp', value: '482913' }]).findings.map((f) => path.basename(f.file)).sort();
    assert.deepEqual(found, ['a.json', 'b.log', 'c.txt', 'd.log', 'e.json', 'f.js'], 'escapes before a code are separators, not digits');
  });

  it('leaves the report viewer\'s own code and the base64 text unsearched, but still searches the run data in the page', () => {
    const viewer = `var limits=[131072,482913,262144]; ${'y'.repeat(2048)}`;
    const embedded = makeZip({ 'report.json': JSON.stringify({ title: 'clean' }) }).toString('base64');
    const page = (extra: string) => `<script>${viewer}</script><template>data:application/zip;base64,${embedded}</template>${extra}`;
    const secret = [{ kind: 'otp' as const, value: '482913' }];
    assert.deepEqual(scanArtifacts([tempDir({ 'index.html': page('') })], secret, [viewer]).findings, []);
    assert.equal(scanArtifacts([tempDir({ 'index.html': page('') })], secret).findings.length, 1, 'without the viewer known, its number counts');
    assert.equal(scanArtifacts([tempDir({ 'index.html': page('<p>482913</p>') })], secret, [viewer]).findings.length, 1);
  });

  it('skips copies of Playwright\'s viewer files (the trace viewer a report carries) but not other files', () => {
    const viewer = `/* viewer */ var sizes = [482913, 131072]; ${'x'.repeat(2048)}`;
    const dir = tempDir({ 'sw.bundle.js': viewer, 'data.json': '{"otp":"482913"}' });
    const result = scanArtifacts([dir], [{ kind: 'otp', value: '482913' }], [viewer]);
    assert.deepEqual(result.findings.map((f) => path.basename(f.file)), ['data.json']);
  });

  it('knows Playwright\'s installed report and trace viewers', () => {
    const assets = playwrightReportAssets();
    assert.ok(assets.length >= 4, `report.js, report.css and the trace viewer's files (${assets.length})`);
    assert.ok(assets.some((a) => a.length > 100_000), 'the report app itself is among them');
  });
});
