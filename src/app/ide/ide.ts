import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { parse, print } from 'graphql';
import { DEV_JWT_SECRET, type JwtConfig } from '../../kernel/config';
import { UserRole } from '../../kernel/principal';
import { signDevToken } from '../auth/dev-token';
import { EXAMPLE_QUERIES } from './examples';

/**
 * The development IDE: `GET /graphql` from a browser (it asks for HTML and sends no query) answers
 * GraphiQL instead of a 401. Everything it loads comes from the hub itself, out of node_modules and
 * this folder, so it works with no network; only development hubs serve it (createApp decides).
 */

/** Where the IDE's files are served; under /graphql so that one reverse-proxy rule covers API and IDE. */
export const IDE_ASSET_PATH = '/graphql/ide';

/** The demo caller whose token the page carries when the hub runs on the published development secret. */
export const IDE_DEMO_CALLER = { agencyCode: 'SD-RIGA', role: UserRole.CASE_WORKER } as const;

const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';

/** A package's own file; resolved through its package.json, as graphiql's `exports` do not list its browser build. */
function packageFile(pkg: string, file: string): string {
  return join(dirname(require.resolve(`${pkg}/package.json`)), file);
}

/**
 * The only files served, by name (no directory is exposed): React 18's UMD builds (React 19 has
 * none), GraphiQL 4's UMD build and stylesheet (its last major with one; it bundles all but React),
 * and the page's own script and stylesheet.
 */
function assetFiles(): Map<string, { path: string; type: string }> {
  return new Map([
    ['react.production.min.js', { path: packageFile('react', 'umd/react.production.min.js'), type: JS }],
    ['react-dom.production.min.js', { path: packageFile('react-dom', 'umd/react-dom.production.min.js'), type: JS }],
    ['graphiql.min.js', { path: packageFile('graphiql', 'graphiql.min.js'), type: JS }],
    ['graphiql.min.css', { path: packageFile('graphiql', 'graphiql.min.css'), type: CSS }],
    ['ide.js', { path: join(__dirname, 'browser', 'ide.js'), type: JS }],
    ['ide.css', { path: join(__dirname, 'browser', 'ide.css'), type: CSS }],
  ]);
}

/**
 * The page's Content-Security-Policy, in place of the API's `default-src 'none'`: scripts and
 * stylesheets only from the hub's own files (no inline script: the page's settings travel in a JSON
 * data block, which never runs), and the one `<style>` element GraphiQL adds at run time (the scroll
 * lock of its dialogs) by a nonce fresh for each page. Fonts and icons are data: URLs inside
 * GraphiQL's stylesheet; requests go to the hub only.
 */
export function idePolicy(styleNonce: string): string {
  return [
    "default-src 'none'", "script-src 'self'", `style-src 'self' 'nonce-${styleNonce}'`, "img-src 'self' data:",
    "font-src 'self' data:", "connect-src 'self'", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'",
  ].join('; ');
}

interface AcceptedType { type: string; q: number; order: number }

function acceptedTypes(accept: string): AcceptedType[] {
  return accept.split(',').map((part, order) => {
    const [type, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)).find(Boolean);
    return { type: type.trim(), q: q ? Number(q[1]) : 1, order };
  }).filter((t) => t.type && Number.isFinite(t.q));
}

/**
 * A browser's navigation: an Accept header that names text/html and prefers it to JSON (a browser
 * sends `text/html,...,*\/*;q=0.8`; curl and API clients send `*\/*` or JSON).
 */
export function prefersHtml(accept: string | undefined): boolean {
  if (!accept) return false;
  const types = acceptedTypes(accept);
  const html = types.find((t) => t.type === 'text/html');
  if (!html || html.q <= 0) return false;
  const json = types.filter((t) => ['application/json', 'application/graphql-response+json', 'application/*', '*/*'].includes(t.type))
    .sort((a, b) => b.q - a.q || a.order - b.order)[0];
  return !json || html.q > json.q || (html.q === json.q && html.order < json.order);
}

/** A browser opening the IDE: a GET that prefers HTML and carries no GraphQL request (`?query=` and APQ's `?extensions=` run as ever). */
export function wantsIde(request: FastifyRequest): boolean {
  if (request.method !== 'GET' || !prefersHtml(request.headers.accept)) return false;
  const params = new URL(request.url, 'http://hub.invalid').searchParams;
  return !params.has('query') && !params.has('extensions');
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);

/** JSON inside a `<script type="application/json">` block: `<` escaped, so no `</script>` can end it early. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** The examples as GraphiQL tabs: what each shows as a comment, then the query formatted. */
export function exampleTabs(): { query: string; variables?: string }[] {
  return EXAMPLE_QUERIES.map((example) => ({
    query: `# ${example.comment}\n${print(parse(example.query))}\n`,
    ...(example.variables ? { variables: JSON.stringify(example.variables, null, 2) } : {}),
  }));
}

function page(options: { token: string; styleNonce: string; demo: boolean }): string {
  const { agencyCode, role } = IDE_DEMO_CALLER;
  const note = options.demo
    ? `demo token of ${agencyCode} ${role}; another: <code>npm run -s token -- --agency &hellip; --role &hellip;</code>`
    : 'paste a token: <code>npm run -s token -- --agency SD-RIGA --role CASE_WORKER</code>';
  const config = { endpoint: '/graphql', styleNonce: options.styleNonce, tabs: exampleTabs() };
  const asset = (name: string) => `${IDE_ASSET_PATH}/${name}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>casehub GraphQL IDE</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${asset('graphiql.min.css')}">
<link rel="stylesheet" href="${asset('ide.css')}">
</head>
<body>
<header class="ide-bar">
<label for="ide-token">Bearer token</label>
<input id="ide-token" name="token" type="text" autocomplete="off" spellcheck="false" value="${escapeHtml(options.token)}"
 placeholder="a JWT; sent as Authorization: Bearer &lt;token&gt; with every request">
<span class="ide-note">${note}</span>
</header>
<main id="graphiql"><p class="ide-loading">Loading the IDE&hellip;</p></main>
<noscript>The IDE needs JavaScript; without it, send queries with curl (README, Three example queries).</noscript>
<script id="ide-config" type="application/json">${scriptJson(config)}</script>
<script src="${asset('react.production.min.js')}"></script>
<script src="${asset('react-dom.production.min.js')}"></script>
<script src="${asset('graphiql.min.js')}"></script>
<script src="${asset('ide.js')}"></script>
</body>
</html>
`;
}

export interface Ide {
  /** onRequest hook of `/graphql`: answers a browser's navigation with the IDE page, before authentication. */
  serve(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined>;
  /** Whether the request was answered with the page (so it is not logged or counted as a GraphQL request). */
  served(request: FastifyRequest): boolean;
  /** Adds the routes of the IDE's files. */
  register(http: FastifyInstance): void;
}

/** The IDE of a development hub; `jwt` tells whether the published development secret is in use (then the page carries a demo token). */
export function createIde(jwt: JwtConfig): Ide {
  const files = assetFiles();
  const pages = new WeakSet<FastifyRequest>();
  const demo = jwt.secret === DEV_JWT_SECRET;
  // never longer than the hub accepts (JWT_MAX_TTL), else the token it hands out would be refused
  const lifetimeSeconds = Math.min(8 * 3600, jwt.maxTtlSeconds);

  return {
    async serve(request, reply) {
      if (!wantsIde(request)) return undefined;
      pages.add(request);
      // only ever signed with the published development secret: a hub with a secret of its own hands out nothing
      const token = demo && jwt.secret
        ? await signDevToken({ secret: jwt.secret, ...IDE_DEMO_CALLER, expiresIn: lifetimeSeconds }) : '';
      const styleNonce = randomBytes(16).toString('base64');
      return reply.code(200).type('text/html; charset=utf-8')
        .header('content-security-policy', idePolicy(styleNonce))
        // the page carries a token: not kept by any cache
        .header('cache-control', 'no-store')
        .send(page({ token, styleNonce, demo }));
    },
    served: (request) => pages.has(request),
    register(http) {
      http.get<{ Params: { file: string } }>(`${IDE_ASSET_PATH}/:file`, async (request, reply) => {
        const file = files.get(request.params.file);
        if (!file) return reply.code(404).send({ error: 'Not found' });
        // read at each request: a development hub picks up an `npm install` without a restart
        return reply.type(file.type).header('cache-control', 'no-cache').send(await readFile(file.path));
      });
    },
  };
}
