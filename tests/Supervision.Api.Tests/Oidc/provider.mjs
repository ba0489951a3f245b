// A real OpenID Provider (the npm package oidc-provider) for the service's OIDC sign-in tests, started by
// OidcProvider.cs. It listens on 127.0.0.1 at a free port and prints "listening <issuer>"; then it reads
// two lines from standard input — the service's redirect URI (known only once the service listens) and
// the accounts, a JSON object { "<sub>": { "password": "...", "claims": { "preferred_username": "...",
// "iin": "...", "name": "..." } } } (known once the test people are registered) — creates the provider
// with one confidential client (OIDC_CLIENT_ID, OIDC_CLIENT_SECRET) that must use PKCE, and prints
// "ready". It stops when its standard input closes, so it never outlives the test run.
//
// Interactions are this script's own small forms (not the package's development pages, whose HTML may
// change): the login page posts "login" and "password"; consent is granted at once for what was asked.
import http from 'node:http';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createInterface } from 'node:readline';
import Provider from 'oidc-provider';

const clientId = required('OIDC_CLIENT_ID');
const clientSecret = required('OIDC_CLIENT_SECRET');
let accounts = {};

let provider = null;
const server = http.createServer((req, res) => {
  if (!provider) {
    res.writeHead(503).end('not ready');
  } else if (req.url.startsWith('/interaction/')) {
    interaction(req, res).catch((error) => {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
    });
  } else {
    provider.callback()(req, res);
  }
});

server.listen(0, '127.0.0.1', () => {
  const issuer = `http://127.0.0.1:${server.address().port}`;
  console.log(`listening ${issuer}`);
  const lines = createInterface({ input: process.stdin });
  const received = [];
  lines.on('line', (line) => {
    received.push(line.trim());
    if (received.length === 2) {
      accounts = JSON.parse(received[1]);
      provider = create(issuer, received[0]);
      console.log('ready');
    }
  });
  lines.on('close', () => process.exit(0));
});

function create(issuer, redirectUri) {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return new Provider(issuer, {
    clients: [{
      client_id: clientId,
      client_secret: clientSecret,
      redirect_uris: [redirectUri],
      response_types: ['code'],
      grant_types: ['authorization_code'],
      token_endpoint_auth_method: 'client_secret_post',
    }],
    pkce: { required: () => true },
    jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: 'test', use: 'sig', alg: 'RS256' }] },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    claims: { openid: ['sub'], profile: ['name', 'preferred_username', 'iin'] },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (ctx, details) => `/interaction/${details.uid}` },
    async findAccount(ctx, sub) {
      const account = accounts[sub];
      return account && { accountId: sub, claims: async () => ({ sub, ...account.claims }) };
    },
  });
}

async function interaction(req, res) {
  const details = await provider.interactionDetails(req, res);
  const { uid, prompt, params, session } = details;
  if (req.method === 'GET' && prompt.name === 'login') {
    return page(res, 200, uid, '');
  }

  if (req.method === 'POST' && prompt.name === 'login') {
    const form = new URLSearchParams(await body(req));
    const sub = form.get('login') ?? '';
    if (!accounts[sub] || accounts[sub].password !== form.get('password')) {
      return page(res, 401, uid, 'wrong login or password');
    }

    return provider.interactionFinished(req, res, { login: { accountId: sub } }, { mergeWithLastSubmission: false });
  }

  if (prompt.name === 'consent') {
    const grant = new provider.Grant({ accountId: session.accountId, clientId: params.client_id });
    grant.addOIDCScope(String(params.scope));
    return provider.interactionFinished(req, res, { consent: { grantId: await grant.save() } }, { mergeWithLastSubmission: true });
  }

  res.writeHead(400, { 'content-type': 'text/plain' }).end(`unexpected prompt ${prompt.name}`);
}

function page(res, status, uid, error) {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html>
<title>Test identity provider</title>
<p class="error">${error}</p>
<form method="post" action="/interaction/${uid}">
<input name="login"><input name="password" type="password"><button>Sign in</button>
</form>`);
}

function body(req) {
  return new Promise((resolve, reject) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => { text += chunk; });
    req.on('end', () => resolve(text));
    req.on('error', reject);
  });
}

function required(name) {
  const value = process.env[name];
  if (!value) {
    console.error(`provider.mjs: the environment variable ${name} is required`);
    process.exit(2);
  }
  return value;
}
