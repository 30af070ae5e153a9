// A real OpenID provider for the end2end suite: the certified `oidc-provider` package
// playing a Finnish Trust Network broker on loopback. Its login page stands in for the
// bank: pick a test person (identity codes in the temporary 900–999 range), the
// assurance level the "bank" vouches for, and — to prove the portal refuses them — a
// fault the answer should carry: a wrong nonce, a tampered token, an expired token.
// The faults are made here, on the provider's own signed token, exactly as an attacker
// or a broken broker would present them to the portal's token exchange.
//
//   TIETONI_OIDC_PORT      port on 127.0.0.1 (3190)
//   TIETONI_OIDC_REDIRECT  the portal's return address (…/tunnistaudu/paluu)
//   TIETONI_OIDC_SECRET    the test client's secret
import http from 'node:http';
import crypto from 'node:crypto';
import Provider from 'oidc-provider';
import * as jose from 'jose';

const port = Number(process.env.TIETONI_OIDC_PORT || 3190);
const issuer = `http://127.0.0.1:${port}`;
const redirect = process.env.TIETONI_OIDC_REDIRECT || 'http://127.0.0.1:3100/tunnistaudu/paluu';
const secret = process.env.TIETONI_OIDC_SECRET || 'tietoni-test-secret';

export const LOA = {
  high: 'http://ftn.ficora.fi/2017/loa3',
  substantial: 'http://ftn.ficora.fi/2017/loa2',
  weak: 'http://ftn.ficora.fi/2017/loa1',
};

// Finnish identity code check character.
function hetu(ddmmyy, sign, individual) {
  const chars = '0123456789ABCDEFHJKLMNPRSTUVWXY';
  const n = Number(`${ddmmyy}${String(individual).padStart(3, '0')}`);
  return `${ddmmyy}${sign}${String(individual).padStart(3, '0')}${chars[n % 31]}`;
}

// The register's demo customers Maija and Matti (with portal accounts) and Liisa (without),
// and Outi, whom the register does not have.
const PEOPLE = {
  maija: { hetu: hetu('140385', '-', 917), given_name: 'Maija', family_name: 'Meikäläinen' },
  matti: { hetu: hetu('021171', '-', 955), given_name: 'Matti', family_name: 'Virtanen' },
  liisa: { hetu: hetu('150792', '-', 938), given_name: 'Liisa', family_name: 'Lahtinen' },
  outi: { hetu: hetu('010190', '-', 990), given_name: 'Outi', family_name: 'Ulkopuolinen' },
};

// The provider's signing keys. `POST /__test/rotate` replaces them with a new one, as a
// broker rotating its keys does: tokens from then on name a key the portal has not seen.
async function newKey(n) {
  const { privateKey } = await jose.generateKeyPair('RS256', { extractable: true });
  return { privateKey, jwk: { ...(await jose.exportJWK(privateKey)), kid: `test-${n}`, alg: 'RS256', use: 'sig' } };
}
const keys = [await newKey(1)];
let rotations = 0;

// Logins of this run: opaque subject → { person, fault }.
const logins = new Map();

function build() {
  const provider = new Provider(issuer, {
  clients: [
    {
      client_id: 'tietoni-test',
      client_secret: secret,
      redirect_uris: [redirect],
      response_types: ['code'],
      grant_types: ['authorization_code'],
      token_endpoint_auth_method: 'client_secret_basic',
    },
  ],
  jwks: { keys: keys.map((k) => k.jwk) },
  acrValues: Object.values(LOA),
  claims: { openid: ['sub'], profile: ['given_name', 'family_name', 'hetu'] },
  // Like the brokers: the identity code travels in the signed ID token.
  conformIdTokenClaims: false,
  pkce: { methods: ['S256'], required: () => true },
  features: { devInteractions: { enabled: false } },
  interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
  cookies: { keys: [crypto.randomBytes(32).toString('hex')] },
  ttl: { IdToken: 300, AccessToken: 300, AuthorizationCode: 60, Session: 600, Interaction: 600, Grant: 600 },
  async findAccount(ctx, sub) {
    const login = logins.get(sub);
    if (!login) return undefined;
    const p = PEOPLE[login.person];
    return {
      accountId: sub,
      async claims() {
        const claims = { sub, given_name: p.given_name, family_name: p.family_name };
        if (login.fault !== 'no-hetu') claims.hetu = p.hetu;
        return claims;
      },
    };
  },
  // A first-party client: consent is given in advance, as at a broker.
  async loadExistingGrant(ctx) {
    const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (grantId) return ctx.oidc.provider.Grant.find(grantId);
    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope('openid profile');
    grant.addOIDCClaims(['hetu', 'given_name', 'family_name']);
    await grant.save();
    return grant;
  },
});
  provider.proxy = false;
  provider.use(async (ctx, next) => {
    await next();
    if (ctx.path === '/token' && ctx.status === 200 && ctx.body?.id_token) {
      ctx.body = { ...ctx.body, id_token: await withFault(ctx.body.id_token) };
    }
  });
  return provider;
}
let provider = build();
let callback = provider.callback();

const b64 = (obj) => Buffer.from(JSON.stringify(obj)).toString('base64url');

// The token endpoint's answer with the fault chosen at login.
async function withFault(idToken) {
  const claims = jose.decodeJwt(idToken);
  const fault = logins.get(claims.sub)?.fault;
  const now = Math.floor(Date.now() / 1000);
  const resign = (c) =>
    new jose.SignJWT(c).setProtectedHeader({ alg: 'RS256', kid: keys[0].jwk.kid, typ: 'JWT' }).sign(keys[0].privateKey);
  switch (fault) {
    case 'nonce':
      return resign({ ...claims, nonce: crypto.randomBytes(16).toString('base64url') });
    case 'expired':
      return resign({ ...claims, iat: now - 3600, exp: now - 3000 });
    case 'tampered': {
      // Someone else's identity code in the payload, the provider's signature kept.
      const [header, , signature] = idToken.split('.');
      return `${header}.${b64({ ...claims, hetu: PEOPLE.matti.hetu })}.${signature}`;
    }
    default:
      return idToken;
  }
}


const escape = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

function loginPage(uid) {
  const people = Object.entries(PEOPLE)
    .map(([key, p], i) => `<option value="${key}"${i === 0 ? ' selected' : ''}>${escape(`${p.given_name} ${p.family_name}`)}</option>`)
    .join('');
  return `<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>Testipankki</title></head><body><main>
<h1>Testipankki (tunnistuksen testipalvelu)</h1>
<form method="post" action="/interaction/${uid}/login">
<p><label for="person">Henkilö</label> <select id="person" name="person">${people}</select></p>
<p><label for="level">Varmuustaso</label> <select id="level" name="level">
<option value="high">Korkea (loa3)</option><option value="substantial" selected>Korotettu (loa2)</option><option value="weak">Heikko (loa1)</option></select></p>
<p><label for="fault">Vastauksen virhe</label> <select id="fault" name="fault">
<option value="" selected>Ei virhettä</option><option value="nonce">Väärä nonce</option><option value="tampered">Muokattu tunniste</option>
<option value="expired">Vanhentunut tunniste</option><option value="no-hetu">Ei henkilötunnusta</option></select></p>
<p><button type="submit">Tunnistaudu</button></p>
</form>
<form method="post" action="/interaction/${uid}/abort"><p><button type="submit">Keskeytä</button></p></form>
</main></body></html>`;
}

async function formBody(req) {
  let body = '';
  for await (const chunk of req) body += chunk;
  return Object.fromEntries(new URLSearchParams(body));
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, issuer);
  if (url.pathname === '/__test/rotate' && req.method === 'POST') {
    rotations += 1;
    keys.splice(0, keys.length, await newKey(rotations + 1));
    provider = build();
    callback = provider.callback();
    res.writeHead(200, { 'content-type': 'text/plain' });
    return res.end(`signing with ${keys[0].jwk.kid}`);
  }
  const m = url.pathname.match(/^\/interaction\/([^/]+)(?:\/(login|abort))?$/);
  if (!m) return callback(req, res);
  try {
    const details = await provider.interactionDetails(req, res);
    if (details.uid !== m[1]) throw new Error('interaction mismatch');
    if (req.method === 'GET' && !m[2]) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      return res.end(loginPage(details.uid));
    }
    if (req.method === 'POST' && m[2] === 'abort') {
      return provider.interactionFinished(req, res, { error: 'access_denied', error_description: 'cancelled' }, { mergeWithLastSubmission: false });
    }
    if (req.method === 'POST' && m[2] === 'login') {
      const form = await formBody(req);
      if (!PEOPLE[form.person] || !LOA[form.level]) throw new Error('bad form');
      // A bank keeps no single sign-on: whoever logs in next in this browser is this
      // login's person. The subject of an earlier login in the same provider session is
      // reused (the portal matches people by identity code, never by subject), so the
      // provider does not stop to ask about switching accounts.
      const sub = details.session?.accountId || crypto.randomUUID();
      logins.set(sub, { person: form.person, fault: form.fault || '' });
      return provider.interactionFinished(req, res, { login: { accountId: sub, acr: LOA[form.level], amr: ['bank'] } }, { mergeWithLastSubmission: false });
    }
    res.writeHead(405).end();
  } catch (e) {
    res.writeHead(400, { 'content-type': 'text/plain' });
    res.end(`test provider: ${e.message}`);
  }
});
server.listen(port, '127.0.0.1', () => console.log(`test OpenID provider at ${issuer}`));
