// Drives the `veil serve` page in Debian's chromium, as a support engineer
// would: a wrong token, log in, open a case, paste an excerpt, see revealed
// and refused tokens, and an excerpt carrying markup that must stay text.
//
// Run by tests/serve_browser.rs, which starts the server and passes the
// scenario as JSON in VEIL_BROWSER_SCENARIO:
//   { "url": "http://127.0.0.1:PORT/",
//     "token": "...",            // role that may reveal phone and username,
//                                // and approve others' cases
//     "limited_token": "...",    // role that may reveal none of the excerpt's
//                                // categories, whose cases need approval
//     "user": "alice", "role": "support", "categories": ["phone", "username"],
//     "case": "SUP-4711",
//     "excerpt": "... pseudonymised lines ...",
//     "revealed": {"ph_...": "+46...", "us_...": "kerik"},
//     "refused": ["em_..."],
//     "gone": {"us_...": "erased"},   // tokens that cannot be opened, and why
//     "screenshot_dir": "/.../target/browser" }
// Exits 0 when every check holds; otherwise prints what failed and exits 1.

import { chromium } from 'playwright-core';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CHROMIUM = process.env.VEIL_CHROMIUM || '/usr/bin/chromium';
const scenario = JSON.parse(process.env.VEIL_BROWSER_SCENARIO || 'null');
if (!scenario) {
  console.error('VEIL_BROWSER_SCENARIO is not set (run through tests/serve_browser.rs)');
  process.exit(2);
}

const failures = [];
function check(ok, what) {
  if (ok) {
    console.log('ok   ' + what);
  } else {
    console.log('FAIL ' + what);
    failures.push(what);
  }
}

// A whole-run deadline, so a hung browser fails the test instead of hanging it.
const deadline = setTimeout(() => {
  console.error('FAIL the browser run took longer than 90 s');
  process.exit(1);
}, 90_000);

const profile = mkdtempSync(join(tmpdir(), 'veil-chromium-'));
let context;
try {
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1100, height: 900 },
  });
  context.setDefaultTimeout(10_000);
  await run(context);
} catch (err) {
  failures.push('unexpected error: ' + (err && err.stack ? err.stack : err));
  console.log('FAIL ' + failures[failures.length - 1]);
} finally {
  if (context) await context.close().catch(() => {});
  rmSync(profile, { recursive: true, force: true });
  clearTimeout(deadline);
}

if (failures.length) {
  console.log(`\n${failures.length} check(s) failed`);
  process.exit(1);
}
console.log('\nall browser checks passed');

async function run(context) {
  const page = context.pages()[0] || (await context.newPage());
  const problems = [];
  page.on('pageerror', (e) => problems.push('page error: ' + e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/status of 40[0-9]|status of 429/.test(m.text())) {
      problems.push('console error: ' + m.text());
    }
  });
  page.on('dialog', async (d) => {
    problems.push('a dialog opened: ' + d.message());
    await d.dismiss();
  });
  // Nothing but the veil server may be contacted: no external assets.
  const origin = new URL(scenario.url).origin;
  const foreign = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(origin + '/') && !r.url().startsWith('data:')) foreign.push(r.url());
  });

  const first = await page.goto(scenario.url);
  const csp = first.headers()['content-security-policy'] || '';
  check(/script-src 'self'/.test(csp) && !/unsafe-inline/.test(csp), 'the page is served with a strict CSP');
  check(await page.locator('#token').evaluate((e) => e === document.activeElement), 'the token field has focus on load');
  check((await page.locator('label[for=token]').textContent()).includes('token'), 'the token field is labelled');

  // --- a wrong token: the server's message is shown, nothing else opens.
  await page.keyboard.type('veil_' + scenario.user + '_notthesecret');
  const [bad] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/me')),
    page.keyboard.press('Enter'),
  ]);
  check(bad.status() === 401, 'a wrong token is answered 401 (got ' + bad.status() + ')');
  const badBody = await bad.json().catch(() => ({}));
  await page.locator('#login-error').waitFor({ state: 'visible' });
  const loginError = await page.locator('#login-error').textContent();
  check(typeof badBody.message === 'string' && loginError === badBody.message,
    'the login error shows the message of the error body: ' + JSON.stringify(loginError));
  check(await page.locator('#work').isHidden(), 'nothing but the login form shows after a wrong token');

  // --- log in with the keyboard only.
  await page.locator('#token').fill('');
  await page.locator('#token').focus();
  await page.keyboard.type(scenario.token);
  await page.keyboard.press('Enter');
  await page.locator('#work').waitFor({ state: 'visible' });
  check(await page.locator('#login-error').isHidden(), 'the login error goes away after a good login');
  const who = await page.locator('#who-text').textContent();
  check(who.includes(scenario.user) && who.includes(scenario.role), 'the header shows who is logged in: ' + who);
  const chips = await page.locator('#categories .chip').allTextContents();
  check(JSON.stringify([...chips].sort()) === JSON.stringify([...scenario.categories].sort()),
    'the role\'s categories are listed: ' + chips.join(', '));
  check((await page.locator('#token').inputValue()) === '', 'the token field is emptied after login');

  // --- open a case through the form.
  await page.locator('#new-case').evaluate((d) => { d.open = true; });
  await page.locator('#case-id').fill(scenario.case);
  await page.locator('#case-reason').fill('caller disputes invoice');
  const [opened] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/cases') && r.request().method() === 'POST'),
    page.locator('#new-case-form button[type=submit]').click(),
  ]);
  check(opened.status() === 201, 'the case is opened (201, got ' + opened.status() + ')');
  await page.waitForFunction((id) => document.getElementById('case-select').value === id, scenario.case);
  check(true, 'the new case is chosen in the case list');
  const info = await page.locator('#case-info').textContent();
  check(/budget left \d+/.test(info), 'the case shows its budget: ' + info);

  // Opening the same case again shows the server's refusal.
  await page.locator('#new-case').evaluate((d) => { d.open = true; });
  await page.locator('#case-id').fill(scenario.case);
  await page.locator('#case-reason').fill('again');
  const [dup] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/cases') && r.request().method() === 'POST'),
    page.locator('#new-case-form button[type=submit]').click(),
  ]);
  const dupBody = await dup.json().catch(() => ({}));
  await page.locator('#case-error').waitFor({ state: 'visible' });
  check(dup.status() === 409 && (await page.locator('#case-error').textContent()) === dupBody.message,
    'a second open of the same case shows the 409 message');
  await page.locator('#new-case').evaluate((d) => { d.open = false; });

  // --- reveal an excerpt.
  await page.locator('#excerpt').fill(scenario.excerpt);
  await page.locator('#excerpt').focus();
  const [rev] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/reveal')),
    page.keyboard.press('Control+Enter'),
  ]);
  check(rev.status() === 200, 'the reveal is answered 200 (got ' + rev.status() + ')');
  const revBody = await rev.json().catch(() => ({}));
  await page.locator('#result').waitFor({ state: 'visible' });

  for (const [token, value] of Object.entries(scenario.revealed)) {
    const marks = page.locator('#output mark.revealed', { hasText: value });
    const n = await marks.count();
    const titles = await marks.evaluateAll((ms) => ms.map((m) => m.title));
    check(n >= 1 && titles.includes(token),
      `the value behind ${token} is highlighted with the token as its title`);
    check(!(await page.locator('#output').textContent()).includes(token),
      `${token} itself no longer shows in the rebuilt excerpt`);
  }
  for (const token of scenario.refused) {
    const mark = page.locator('#output mark.refused', { hasText: token });
    check((await mark.count()) >= 1, `the refused ${token} stays a token, marked`);
    const title = (await mark.first().getAttribute('title')) || '';
    const reason = (revBody.results || []).find((r) => r.token === token)?.reason || '';
    check(title.startsWith('refused') && reason !== '' && title.includes(reason),
      `its tooltip gives the reason: ${JSON.stringify(title)}`);
    check((await mark.first().locator('.tag').textContent()) === 'refused', 'its mark says "refused" in words');
    const row = page.locator('#details-body tr', { hasText: token });
    check((await row.textContent()).includes(reason), 'the details table gives the reason too');
  }
  for (const [token, status] of Object.entries(scenario.gone || {})) {
    const mark = page.locator('#output mark.gone', { hasText: token });
    check((await mark.count()) >= 1, `the ${status} ${token} stays a token, marked`);
    check((await mark.first().locator('.tag').textContent()) === status
        && ((await mark.first().getAttribute('title')) || '').startsWith(status),
      `its mark and tooltip say "${status}" in words`);
  }
  const plain = await page.locator('#output').textContent();
  let expected = scenario.excerpt;
  for (const [token, value] of Object.entries(scenario.revealed)) expected = expected.split(token).join(value);
  for (const token of scenario.refused) expected = expected.split(token).join(token + 'refused');
  for (const [token, status] of Object.entries(scenario.gone || {})) expected = expected.split(token).join(token + status);
  check(plain === expected, 'the rebuilt excerpt is the pasted one with values in place');
  const summary = await page.locator('#summary').textContent();
  check(summary.includes('budget left: ' + revBody.budget_left), 'the budget left is shown: ' + summary);

  await page.screenshot({ path: join(shotDir(), 'reveal-page.png'), fullPage: true });

  // --- an excerpt carrying markup renders as text and runs nothing.
  const token = Object.keys(scenario.revealed)[0];
  const evil = `<img src=x onerror="window.__veil_pwned=1"> <b>bold</b> ${token} <script>window.__veil_pwned=2</script>`;
  await page.locator('#excerpt').fill(evil);
  await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/reveal')),
    page.locator('#reveal-button').click(),
  ]);
  await page.waitForFunction(() => document.getElementById('output').textContent.includes('<img'));
  const out = await page.locator('#output').evaluate((o) => ({
    text: o.textContent,
    elements: [...o.querySelectorAll('*')].map((e) => e.tagName.toLowerCase()),
  }));
  check(out.text.startsWith('<img src=x onerror="window.__veil_pwned=1"> <b>bold</b> '),
    'an excerpt with <img onerror> shows as the literal text');
  check(out.elements.every((t) => t === 'mark' || t === 'span'),
    'no element but the marks was created from the excerpt: ' + out.elements.join(','));
  check((await page.evaluate(() => window.__veil_pwned)) === undefined, 'no pasted script ran');
  check((await page.locator('img').count()) === 0, 'no image element exists in the page');

  // --- narrow screen: nothing scrolls sideways.
  await page.setViewportSize({ width: 360, height: 800 });
  await page.locator('#excerpt').fill(scenario.excerpt);
  await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/reveal')),
    page.locator('#reveal-button').click(),
  ]);
  await page.waitForFunction(() => !document.getElementById('output').textContent.includes('<img'));
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  check(overflow <= 0, 'at 360 px wide nothing overflows sideways (by ' + overflow + ' px)');
  await page.screenshot({ path: join(shotDir(), 'reveal-page-narrow.png'), fullPage: true });
  await page.setViewportSize({ width: 1100, height: 900 });

  // --- log out: nothing of the session stays on the page.
  await page.locator('#logout').click();
  check(await page.locator('#login').isVisible(), 'logging out shows the login form again');
  check(await page.locator('#work').isHidden(), 'and hides the case and the result');
  check((await page.locator('#output').textContent()) === '', 'and clears the revealed text from the page');

  // --- the second user, whose role needs approval and may reveal none of
  // the excerpt's categories: the case waits for approval, and the
  // server's refusal is what the page shows. (The lines with tokens that
  // cannot be opened are left out: whether those count as refused is the
  // server's business, tested in tests/serve.rs.)
  const other = scenario.case + '-B';
  const gone = Object.keys(scenario.gone || {});
  const outside = scenario.excerpt.split('\n').filter((l) => !gone.some((t) => l.includes(t))).join('\n');
  await login(page, scenario.limited_token);
  await page.locator('#new-case').evaluate((d) => { d.open = true; });
  await page.locator('#case-id').fill(other);
  await page.locator('#case-reason').fill('second opinion');
  await page.locator('#new-case-form button[type=submit]').click();
  await page.waitForFunction((id) => document.getElementById('case-select').value === id, other);
  check((await page.locator('#case-info').textContent()).includes('pending-approval'),
    'a case that needs approval says so');
  let [answer, body] = await revealExpectingError(page, outside);
  check(answer.status() === 403 && body.error === 'case-not-open'
      && (await page.locator('#reveal-error').textContent()) === body.message,
    'a reveal before approval shows the 403 message: ' + JSON.stringify(body.message));
  await page.screenshot({ path: join(shotDir(), 'reveal-page-refused.png'), fullPage: true });

  // --- the first user approves it.
  await page.locator('#logout').click();
  await login(page, scenario.token);
  const listed = await page.locator('#case-select option').evaluateAll((os) => os.map((o) => o.value));
  check(JSON.stringify(listed) === JSON.stringify([scenario.case]),
    'the open cases of the user are listed, and only theirs: ' + listed.join(', '));
  check(await page.locator('#approve').isVisible(), 'a role that may approve sees the approval form');
  await page.locator('#approve').evaluate((d) => { d.open = true; });
  await page.locator('#approve-id').fill(other);
  await page.locator('#approve-form button[type=submit]').click();
  await page.locator('#approve-done').waitFor({ state: 'visible' });
  check((await page.locator('#approve-done').textContent()).includes(other), 'the approval is confirmed');

  // --- the second user again: now the case is open, and every token of
  // the excerpt is outside the role.
  await page.locator('#logout').click();
  await login(page, scenario.limited_token);
  check(await page.locator('#approve').isHidden(), 'a role that may not approve has no approval form');
  check((await page.locator('#case-select').inputValue()) === other, 'the approved case is chosen');
  [answer, body] = await revealExpectingError(page, outside);
  check(answer.status() === 403 && body.error === 'all-refused'
      && (await page.locator('#reveal-error').textContent()) === body.message,
    'a reveal entirely outside the role shows the 403 message: ' + JSON.stringify(body.message));
  check(await page.locator('#result').isHidden(), 'and no result');
  const html = await page.content();
  check(Object.values(scenario.revealed).every((v) => !html.includes(v)),
    'no value revealed to the other user is left in the page');

  // --- the first user closes the case: it leaves the list.
  await page.locator('#logout').click();
  await login(page, scenario.token);
  await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/close')),
    page.locator('#close-case').click(),
  ]);
  await page.waitForFunction(() => document.getElementById('case-select').disabled);
  check((await page.locator('#case-select').textContent()) === 'no open case', 'a closed case leaves the list');
  check(await page.locator('#close-case').isDisabled(), 'and there is nothing left to close');

  check(foreign.length === 0, 'no request left the veil server: ' + foreign.join(' '));
  check(problems.length === 0, 'no script error, CSP violation or dialog: ' + problems.join(' | '));
}

// Logs in with the keyboard and waits until the user's cases are listed.
async function login(page, token) {
  await page.locator('#token').fill(token);
  await page.locator('#token').focus();
  await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/cases')),
    page.keyboard.press('Enter'),
  ]);
  await page.waitForFunction(() => document.querySelectorAll('#case-select option').length > 0);
}

// Reveals `text` in the chosen case; the answer must be an error, which the
// page must show. Returns the response and its parsed body.
async function revealExpectingError(page, text) {
  await page.locator('#excerpt').fill(text);
  const [answer] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/reveal')),
    page.locator('#reveal-button').click(),
  ]);
  const body = await answer.json().catch(() => ({}));
  await page.locator('#reveal-error').waitFor({ state: 'visible' });
  return [answer, body];
}

function shotDir() {
  const dir = scenario.screenshot_dir || 'target/browser';
  mkdirSync(dir, { recursive: true });
  return dir;
}
