/** Every environment variable the hub reads, parsed and validated once at start-up. */
export interface Config {
  port: number;
  /** External PostgreSQL; when absent the hub starts an embedded one under `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  /** How many demo cases to load into an empty database (0 = none). */
  demoCases: number;
  nodeEnv: string;
  logLevel: string;
  jwt: JwtConfig;
  /** Aggregates suppress counts from 1 to this minus one. */
  suppressionThreshold: number;
}

export interface JwtConfig {
  /** HS256 shared secret (development). */
  secret: string | undefined;
  /** RS256/ES256 verification (production): a JWKS endpoint or a PEM public key. */
  jwksUrl: string | undefined;
  publicKey: string | undefined;
  issuer: string | undefined;
  audience: string | undefined;
}

/** The development secret `npm start` and `npm run token` share when JWT_SECRET is not set. */
export const DEV_JWT_SECRET = 'casehub-development-secret-do-not-use-in-production';

class ConfigError extends Error {}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const nodeEnv = env.NODE_ENV ?? 'local';
  // the published development secret is only for a local hub on its own embedded database
  const local = nodeEnv !== 'production' && !env.DATABASE_URL;
  const jwt: JwtConfig = {
    secret: env.JWT_SECRET || (local ? DEV_JWT_SECRET : undefined),
    jwksUrl: env.JWT_JWKS_URL || undefined,
    publicKey: env.JWT_PUBLIC_KEY || undefined,
    issuer: env.JWT_ISSUER || undefined,
    audience: env.JWT_AUDIENCE || undefined,
  };
  if (!jwt.secret && !jwt.jwksUrl && !jwt.publicKey) {
    throw new ConfigError('set JWT_JWKS_URL or JWT_PUBLIC_KEY (or JWT_SECRET); the built-in development secret '
      + 'is only used with the embedded database');
  }
  if ((jwt.jwksUrl || jwt.publicKey) && (!jwt.issuer || !jwt.audience)) {
    throw new ConfigError('JWT_ISSUER and JWT_AUDIENCE are required with JWT_JWKS_URL or JWT_PUBLIC_KEY');
  }
  return {
    port: integer(env, 'PORT', 4000, 0, 65535),
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.CASEHUB_DATA_DIR || '.data',
    demoCases: integer(env, 'DEMO_CASES', 500, 0, 10_000_000),
    nodeEnv,
    logLevel: env.LOG_LEVEL || (nodeEnv === 'test' ? 'silent' : 'info'),
    jwt,
    suppressionThreshold: integer(env, 'SUPPRESSION_THRESHOLD', 5, 5, 1000),
  };
}

/** HS256 verification with one shared secret and no issuer or audience checks (local hubs, tests, benchmarks). */
export function sharedSecretJwt(secret: string): JwtConfig {
  return { secret, jwksUrl: undefined, publicKey: undefined, issuer: undefined, audience: undefined };
}
