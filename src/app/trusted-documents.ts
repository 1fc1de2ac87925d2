import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** Registered operations by the SHA-256 (hex) of their text. */
export type TrustedDocuments = ReadonlyMap<string, string>;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Reads a manifest `{ "<sha256 of the document>": "<document>" }` (the shape GraphQL codegen's
 * persisted-documents output writes); an entry whose key is not the hash of its text is refused,
 * so a typo cannot register something else.
 */
export function loadTrustedDocuments(path: string): TrustedDocuments {
  const manifest: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!manifest || typeof manifest !== 'object' || Array.isArray(manifest)) throw new Error(`${path}: expected an object of hash → document`);
  const documents = new Map<string, string>();
  for (const [hash, document] of Object.entries(manifest)) {
    if (typeof document !== 'string' || sha256(document) !== hash.toLowerCase()) {
      throw new Error(`${path}: the entry ${hash.slice(0, 12)}… is not the SHA-256 of its document`);
    }
    documents.set(hash.toLowerCase(), document);
  }
  return documents;
}

interface Sent {
  query?: unknown;
  extensions?: unknown;
}

function sentHash(extensions: unknown): string | null {
  const raw = typeof extensions === 'string' ? (() => { try { return JSON.parse(extensions) as unknown; } catch { return null; } })() : extensions;
  const hash = (raw as { persistedQuery?: { sha256Hash?: unknown } } | null)?.persistedQuery?.sha256Hash;
  return typeof hash === 'string' ? hash.toLowerCase() : null;
}

/**
 * With a manifest, only registered operations run: by hash (the document is filled in) or by
 * identical text. Anything else is refused before it is parsed: PERSISTED_QUERY_NOT_FOUND.
 */
export function onlyTrusted(documents: TrustedDocuments) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const sent = (request.method === 'GET' ? request.query : request.body) as Sent | undefined;
    const hash = sentHash(sent?.extensions);
    if (typeof sent?.query === 'string' ? documents.has(sha256(sent.query)) : hash !== null && documents.has(hash)) {
      if (sent && typeof sent.query !== 'string' && hash) sent.query = documents.get(hash);
      return;
    }
    return reply.code(400).send({ errors: [{ message: 'This operation is not registered with the hub',
      extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] });
  };
}
