// @ts-check
// End-to-end tests in Debian's Chromium (never a downloaded browser). The test command
// builds the site and sets TIETONI_BIN / TIETONI_SITE_ROOT; Playwright then starts the
// server on a fresh SQLite file with the demo register and stops it afterwards.
const path = require('node:path');
const os = require('node:os');
const { defineConfig } = require('@playwright/test');

const port = process.env.TIETONI_E2E_PORT || '3100';
const baseURL = `http://127.0.0.1:${port}`;
const bin = process.env.TIETONI_BIN;
const dbFile = path.join(os.tmpdir(), `tietoni-e2e-${port}.db`);
// The server's mail and letters; the tests read reset links and activation letters here.
const outbox = path.join(os.tmpdir(), `tietoni-e2e-outbox-${port}`);
process.env.TIETONI_OUTBOX_DIR = outbox;
// The server's whole log (the portal's own code at debug level) and the session ids and
// secrets the tests saw: after the run, the test command checks that none of the seeded
// personal data, session ids or tokens is in the log.
const serverLog = path.join(os.tmpdir(), `tietoni-e2e-${port}.log`);
const secretsFile = path.join(os.tmpdir(), `tietoni-e2e-secrets-${port}.txt`);
process.env.TIETONI_E2E_SECRETS = secretsFile;
process.env.DATABASE_URL = `sqlite:${dbFile}`;
// The local OpenID provider (oidc/provider.mjs) the strong-identification tests sign in
// through: a real `oidc-provider` on loopback, never a mock.
const oidcPort = process.env.TIETONI_E2E_OIDC_PORT || String(Number(port) + 90);
const oidcIssuer = `http://127.0.0.1:${oidcPort}`;
const oidcSecret = 'tietoni-e2e-secret';
process.env.TIETONI_E2E_OIDC_ISSUER = oidcIssuer;

module.exports = defineConfig({
  testDir: './tests',
  // Twice what the longest axe scans (41–55 s) took on a machine twice as slow as usual.
  timeout: 120_000,
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  outputDir: './test-results',
  use: {
    baseURL,
    // A Finnish customer's browser: Accept-Language fi-FI.
    locale: 'fi-FI',
    browserName: 'chromium',
    headless: true,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
        // Lets the recording test start the <audio> player from a script.
        '--autoplay-policy=no-user-gesture-required',
      ],
    },
  },
  webServer: bin
    ? [
        {
          command: 'exec node oidc/provider.mjs',
          cwd: __dirname,
          url: `${oidcIssuer}/.well-known/openid-configuration`,
          timeout: 30_000,
          reuseExistingServer: false,
          stdout: 'ignore',
          stderr: 'pipe',
          env: {
            ...process.env,
            TIETONI_OIDC_PORT: oidcPort,
            TIETONI_OIDC_REDIRECT: `${baseURL}/tunnistaudu/paluu`,
            TIETONI_OIDC_SECRET: oidcSecret,
          },
        },
        {
          command:
            `rm -rf "${dbFile}" "${dbFile}-wal" "${dbFile}-shm" "${outbox}" "${secretsFile}" && ` +
            `exec "${bin}" serve --seed-demo > "${serverLog}" 2>&1`,
          cwd: path.join(__dirname, '..'),
          url: `${baseURL}/healthz`,
          timeout: 180_000,
          reuseExistingServer: false,
          stdout: 'ignore',
          stderr: 'pipe',
          env: {
            ...process.env,
            DATABASE_URL: `sqlite:${dbFile}`,
            TIETONI_LISTEN: `127.0.0.1:${port}`,
            TIETONI_SITE_ROOT: process.env.TIETONI_SITE_ROOT || 'target/site',
            TIETONI_OUTBOX_DIR: outbox,
            TIETONI_PUBLIC_URL: baseURL,
            // Plain HTTP on loopback: Secure cookies and HSTS are opted out of explicitly.
            TIETONI_SECURE_COOKIES: 'false',
            // Every test signs in from 127.0.0.1; the per-address limit has its own
            // integration test.
            TIETONI_SIGN_IN_ATTEMPTS_PER_MINUTE: '10000',
            RUST_LOG: 'info,app=debug,server=debug,tower_http=debug,sqlx=warn',
            TIETONI_OIDC_ISSUER: oidcIssuer,
            TIETONI_OIDC_CLIENT_ID: 'tietoni-test',
            TIETONI_OIDC_CLIENT_SECRET: oidcSecret,
          },
        },
      ]
    : undefined,
});
