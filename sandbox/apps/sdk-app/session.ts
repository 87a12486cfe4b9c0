/**
 * Server-side sessions of the embedded-SDK app: an in-memory map keyed by an HttpOnly cookie.
 * Each session owns the storage its auth-js client uses (transaction meta, the saved IDX response,
 * tokens, discovery cache), so two people signing in at once never see each other's transaction.
 */
import { randomBytes } from 'node:crypto';
import type http from 'node:http';
import type { ProfileClaims } from '../shared/layout.ts';
import type { StepView } from './step-view.ts';

export interface Session {
  readonly id: string;
  /** Backing store of this user's auth-js client (see auth-client.ts). */
  readonly authStorage: Map<string, string>;
  /** The IDX step the user is on, written after every IDX call and read by the step pages. */
  view?: StepView;
  /** A message to show once on the next page (e.g. after a cancelled or expired transaction). */
  flash?: Flash;
  /** Who the org said the user is (IDX context), kept only by a skip-step build (skip-step.ts). */
  knownUser?: { id?: string; identifier?: string };
  /** A profile shown without any sign-in: only a skip-step build sets it. */
  fakeProfile?: ProfileClaims;
}

export interface Flash {
  errors?: string[];
  notices?: string[];
  /** Non-secret form values to show again after an error (e.g. the username). */
  values?: Record<string, string>;
}

export class SessionStore {
  private readonly sessions = new Map<string, Session>();

  /** The cookie name includes the port: browsers share cookies across ports of one host. */
  constructor(readonly cookieName: string) {}

  find(req: http.IncomingMessage): Session | undefined {
    const id = readCookie(req.headers.cookie, this.cookieName);
    return id ? this.sessions.get(id) : undefined;
  }

  findOrCreate(req: http.IncomingMessage, res: http.ServerResponse): Session {
    const existing = this.find(req);
    if (existing) return existing;
    const session: Session = { id: randomBytes(24).toString('base64url'), authStorage: new Map() };
    this.sessions.set(session.id, session);
    res.setHeader('Set-Cookie', `${this.cookieName}=${session.id}; Path=/; HttpOnly; SameSite=Lax`);
    return session;
  }

  destroy(session: Session, res: http.ServerResponse): void {
    this.sessions.delete(session.id);
    res.setHeader('Set-Cookie', `${this.cookieName}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0`);
  }

  get size(): number {
    return this.sessions.size;
  }
}

function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

/** Read and clear the one-time message of a session. */
export function takeFlash(session: Session | undefined): Flash {
  const flash = session?.flash ?? {};
  if (session) session.flash = undefined;
  return flash;
}
