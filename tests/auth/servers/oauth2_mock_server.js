// Starts oauth2-mock-server on 127.0.0.1 for the clientsmith auth tests.
//
// The stock server accepts any client and issues one-hour tokens; this launcher
// makes it behave like a real authorization server:
//   * the client must authenticate as MOCK_CLIENT_ID / MOCK_CLIENT_SECRET
//     (Basic header or body), else 401 invalid_client;
//   * access tokens live MOCK_TOKEN_TTL seconds (expires_in and the JWT exp);
//   * refresh tokens are single-use (rotation) and unknown ones get invalid_grant;
//   * GET /api/me is a protected resource that verifies the bearer JWT (signature
//     against the server's JWKS, expiry, not revoked);
//   * GET /__stats counts token requests per grant; POST /__revoke revokes every
//     access and refresh token issued so far.
// It prints "READY <port>" on stdout once listening. Stop it with SIGTERM.
'use strict';

const { OAuth2Server } = require('oauth2-mock-server');
const jose = require('jose');
const { randomUUID } = require('node:crypto');

const CLIENT_ID = process.env.MOCK_CLIENT_ID || 'test-client';
const CLIENT_SECRET = process.env.MOCK_CLIENT_SECRET || 'test-secret';
const TTL = parseInt(process.env.MOCK_TOKEN_TTL || '30', 10);

const stats = { token_requests: 0, by_grant: {}, rejected: 0, api_requests: 0 };
const liveRefreshTokens = new Set();
const issuedAccessTokens = new Set();
const revokedAccessTokens = new Set();

function clientOf(req) {
  const header = req.headers.authorization || '';
  if (header.startsWith('Basic ')) {
    const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    // RFC 6749 2.3.1: both parts are form-encoded before Basic encoding.
    return [
      decodeURIComponent(decoded.slice(0, colon)),
      decodeURIComponent(decoded.slice(colon + 1)),
    ];
  }
  const body = req.body || {};
  return [body.client_id, body.client_secret];
}

function reject(response, status, error, description) {
  stats.rejected += 1;
  response.statusCode = status;
  response.body = { error, error_description: description };
}

async function main() {
  const server = new OAuth2Server();
  await server.issuer.keys.generate('RS256');

  server.service.on('beforeTokenSigning', (token) => {
    token.payload.exp = Math.floor(Date.now() / 1000) + TTL;
    // Without a unique id, two tokens for the same claims within one second are
    // byte-identical (RS256 is deterministic), so revoking one revokes both.
    token.payload.jti = randomUUID();
  });

  server.service.on('beforeResponse', (response, req) => {
    const grant = (req.body || {}).grant_type;
    stats.token_requests += 1;
    stats.by_grant[grant] = (stats.by_grant[grant] || 0) + 1;
    const [id, secret] = clientOf(req);
    if (id !== CLIENT_ID || secret !== CLIENT_SECRET) {
      reject(response, 401, 'invalid_client', 'client authentication failed');
      return;
    }
    if (grant === 'refresh_token') {
      const presented = req.body.refresh_token;
      if (!liveRefreshTokens.has(presented)) {
        reject(response, 400, 'invalid_grant', 'refresh token is invalid, expired or used');
        return;
      }
      liveRefreshTokens.delete(presented);
    }
    response.body.expires_in = TTL;
    issuedAccessTokens.add(response.body.access_token);
    if (response.body.refresh_token) {
      liveRefreshTokens.add(response.body.refresh_token);
    }
  });

  const app = server.service.requestHandler;
  const jwks = async () => jose.createLocalJWKSet({ keys: server.issuer.keys.toJSON() });

  app.get('/api/me', async (req, res) => {
    stats.api_requests += 1;
    const header = req.headers.authorization || '';
    const token = header.startsWith('Bearer ') ? header.slice(7) : '';
    if (!token || revokedAccessTokens.has(token)) {
      return res.status(401).json({ error: 'invalid_token' });
    }
    try {
      const { payload } = await jose.jwtVerify(token, await jwks());
      return res.json({ sub: payload.sub || null, scope: payload.scope || null });
    } catch (e) {
      return res.status(401).json({ error: 'invalid_token', error_description: e.code });
    }
  });
  app.get('/__stats', (_req, res) => res.json(stats));
  app.post('/__revoke', (_req, res) => {
    for (const t of issuedAccessTokens) revokedAccessTokens.add(t);
    liveRefreshTokens.clear();
    res.json({ ok: true });
  });

  await server.start(0, '127.0.0.1');
  process.stdout.write(`READY ${server.address().port}\n`);

  const stop = async () => {
    await server.stop();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((err) => {
  process.stdout.write(`ERROR ${err && err.message}\n`);
  process.exit(1);
});
