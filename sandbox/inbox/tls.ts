/**
 * The local CA behind the inbox's HTTPS API. mailosaur-node only speaks HTTPS, so the stand-in
 * needs a certificate the suite can trust without touching the system store: a CA kept in
 * `tlsDir` (its certificate in `ca.pem`, the file the suite trusts) signs a fresh server
 * certificate at every start. An existing valid CA is reused, so a suite that already read
 * `ca.pem` keeps trusting a restarted sandbox.
 */
import fs from 'node:fs';
import path from 'node:path';
import net from 'node:net';
import { X509Certificate, createPrivateKey, randomUUID } from 'node:crypto';
import { generate } from 'selfsigned';

export interface InboxTls {
  /** Server certificate and key for `https.createServer`. */
  cert: string;
  key: string;
  /** PEM file of the CA certificate (what clients trust). */
  caFile: string;
}

interface Ca {
  cert: string;
  key: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const CA_LIFETIME_DAYS = 5 * 365;
/** A CA this close to expiry is replaced rather than reused. */
const CA_MIN_REMAINING_DAYS = 30;

function pemBlocks(pem: string, label: RegExp): string[] {
  return [...pem.matchAll(/-----BEGIN ([A-Z ]+)-----[\s\S]+?-----END \1-----/g)]
    .filter((m) => label.test(m[1] ?? ''))
    .map((m) => `${m[0]}\n`);
}

/** The CA in `bundleFile` (key + certificate), if it is complete, a CA, and not about to expire. */
function readValidCa(bundleFile: string, now: number): Ca | undefined {
  let pem: string;
  try {
    pem = fs.readFileSync(bundleFile, 'utf8');
  } catch {
    return undefined;
  }
  const [cert] = pemBlocks(pem, /CERTIFICATE/);
  const [key] = pemBlocks(pem, /PRIVATE KEY/);
  if (!cert || !key) return undefined;
  try {
    const x509 = new X509Certificate(cert);
    const fresh = Date.parse(x509.validTo) - now > CA_MIN_REMAINING_DAYS * DAY_MS;
    return x509.ca && fresh && x509.checkPrivateKey(createPrivateKey(key)) ? { cert, key } : undefined;
  } catch {
    return undefined;
  }
}

async function generateCa(now: number): Promise<Ca> {
  const pems = await generate([{ name: 'commonName', value: 'oie-conformance sandbox local CA' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    notBeforeDate: new Date(now - DAY_MS),
    notAfterDate: new Date(now + CA_LIFETIME_DAYS * DAY_MS),
    extensions: [
      { name: 'basicConstraints', cA: true, critical: true },
      { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    ],
  });
  return { cert: pems.cert, key: pems.private };
}

/**
 * Writes a new CA without ever exposing a half-written file. When two sandboxes start at once,
 * the first link wins and the other adopts that CA (`link` fails if the target exists).
 */
function publishCa(bundleFile: string, ca: Ca, replace: boolean): void {
  const temp = `${bundleFile}.${randomUUID()}.tmp`;
  fs.writeFileSync(temp, `${ca.key}${ca.cert}`, { mode: 0o600 });
  try {
    if (replace) fs.renameSync(temp, bundleFile);
    else fs.linkSync(temp, bundleFile);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

async function loadOrCreateCa(tlsDir: string, now: number): Promise<Ca> {
  fs.mkdirSync(tlsDir, { recursive: true });
  const bundleFile = path.join(tlsDir, 'ca-key.pem');
  const existing = readValidCa(bundleFile, now);
  if (existing) return existing;
  // Decided before generating: by the time generation finishes, a concurrent start may have published.
  const replaceBroken = fs.existsSync(bundleFile);
  publishCa(bundleFile, await generateCa(now), replaceBroken);
  const adopted = readValidCa(bundleFile, now);
  if (!adopted) throw new Error(`The inbox could not create a usable CA in ${tlsDir}; check that the directory is writable.`);
  return adopted;
}

function writeIfChanged(file: string, content: string): void {
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
  if (current === content) return;
  const temp = `${file}.${randomUUID()}.tmp`;
  fs.writeFileSync(temp, content);
  fs.renameSync(temp, file);
}

function altNames(host: string) {
  const names: { type: 2 | 7; value?: string; ip?: string }[] = [{ type: 2, value: 'localhost' }, { type: 7, ip: '127.0.0.1' }, { type: 7, ip: '::1' }];
  if (net.isIP(host) && host !== '127.0.0.1' && host !== '::1') names.push({ type: 7, ip: host });
  if (!net.isIP(host) && host !== 'localhost') names.push({ type: 2, value: host });
  return names;
}

/** The CA (reused or created) and a fresh server certificate for `host`, signed by it. */
export async function prepareInboxTls(tlsDir: string, host: string, now = Date.now()): Promise<InboxTls> {
  const ca = await loadOrCreateCa(tlsDir, now);
  const caFile = path.join(tlsDir, 'ca.pem');
  writeIfChanged(caFile, ca.cert);
  const server = await generate([{ name: 'commonName', value: host }], {
    keyType: 'ec',
    algorithm: 'sha256',
    notBeforeDate: new Date(now - DAY_MS),
    notAfterDate: new Date(now + 365 * DAY_MS),
    ca,
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: altNames(host) },
    ],
  });
  return { cert: server.cert, key: server.private, caFile };
}
