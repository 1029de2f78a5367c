// The veil reveal page. Plain DOM, no framework. Every piece of data from the
// server or the user goes into the page through textContent or attributes,
// never through an HTML parser, so a pasted excerpt can never become markup.
'use strict';

(() => {
  const $ = (id) => document.getElementById(id);

  // The bearer token lives only in this closure: no cookie, no storage, so
  // closing the tab logs out and no other page can send it.
  let token = null;
  let me = null;
  let cases = [];

  class ApiError extends Error {
    constructor(status, code, message) {
      super(message);
      this.status = status;
      this.code = code;
    }
  }

  async function api(method, path, body) {
    const headers = { Accept: 'application/json' };
    if (token) headers.Authorization = 'Bearer ' + token;
    const init = { method, headers, cache: 'no-store', credentials: 'omit' };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    let res;
    try {
      res = await fetch(path, init);
    } catch (_) {
      throw new ApiError(0, 'network', 'the server cannot be reached');
    }
    let data = null;
    try {
      data = await res.json();
    } catch (_) {
      data = null;
    }
    if (!res.ok) {
      const code = data && typeof data.error === 'string' ? data.error : 'http-' + res.status;
      const message = data && typeof data.message === 'string' && data.message
        ? data.message
        : describeStatus(res.status, code);
      throw new ApiError(res.status, code, message);
    }
    return data;
  }

  function describeStatus(status, code) {
    if (status === 401) return 'the token was not accepted';
    if (status === 429) return 'too many attempts; wait a moment';
    if (status === 413) return 'the excerpt is too large';
    return code.replace(/-/g, ' ') + ' (status ' + status + ')';
  }

  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    if (props) {
      for (const [k, v] of Object.entries(props)) {
        if (k === 'class') node.className = v;
        else if (k === 'text') node.textContent = v;
        else node.setAttribute(k, v);
      }
    }
    for (const c of children) {
      node.append(typeof c === 'string' ? document.createTextNode(c) : c);
    }
    return node;
  }

  function showError(id, err) {
    const p = $(id);
    if (err) {
      p.textContent = err instanceof Error ? err.message : String(err);
      p.hidden = false;
    } else {
      p.textContent = '';
      p.hidden = true;
    }
  }

  function busy(form, on) {
    for (const b of form.querySelectorAll('button')) b.disabled = on;
    form.setAttribute('aria-busy', on ? 'true' : 'false');
  }

  // A request refused as unauthenticated after login means the token was
  // disabled or the session is otherwise over: back to the login form.
  function handleAuthLoss(err) {
    if (err instanceof ApiError && err.status === 401 && token) {
      logout();
      showError('login-error', err);
      return true;
    }
    return false;
  }

  // ---- login ---------------------------------------------------------------

  async function login(ev) {
    ev.preventDefault();
    const form = $('login-form');
    const candidate = $('token').value.trim();
    showError('login-error', null);
    if (!candidate) {
      showError('login-error', 'enter your access token');
      return;
    }
    busy(form, true);
    token = candidate;
    try {
      me = await api('GET', '/me');
    } catch (err) {
      token = null;
      me = null;
      showError('login-error', err);
      busy(form, false);
      $('token').focus();
      return;
    }
    busy(form, false);
    $('token').value = '';
    showWork();
    await loadCases();
  }

  function logout() {
    token = null;
    me = null;
    cases = [];
    $('work').hidden = true;
    $('who').hidden = true;
    $('login').hidden = false;
    $('case-select').replaceChildren();
    for (const id of ['case-error', 'case-status', 'approve-error', 'reveal-error']) showError(id, null);
    $('approve-done').hidden = true;
    $('approve').open = false;
    clearResult();
    $('excerpt').value = '';
    showError('login-error', null);
    $('token').focus();
  }

  function showWork() {
    $('login').hidden = true;
    $('work').hidden = false;
    $('who').hidden = false;
    $('who-text').textContent = me.user + ' · ' + me.role;
    const display = me.display === 'masked' ? 'masked values' : 'plain values';
    const extras = [display];
    if (me.may_approve) extras.push('may approve cases');
    $('role-line').textContent = 'Signed in as ' + me.user + ', role ' + me.role + ' (' + extras.join(', ') + ').';
    const chips = $('categories');
    chips.replaceChildren();
    const cats = Array.isArray(me.categories) ? me.categories : [];
    if (cats.length === 0) chips.append(el('span', { text: 'nothing' }));
    for (const c of cats) chips.append(el('span', { class: 'chip', text: c }));
    $('new-case').hidden = !me.may_open_cases;
    $('approve').hidden = !me.may_approve;
    $('no-open').hidden = !!me.may_open_cases;
    $('case-select').focus();
  }

  // ---- cases ---------------------------------------------------------------

  async function loadCases(select) {
    let data;
    try {
      data = await api('GET', '/cases');
    } catch (err) {
      if (handleAuthLoss(err)) return;
      $('case-info').textContent = 'Cases could not be loaded: ' + err.message;
      return;
    }
    cases = Array.isArray(data && data.cases) ? data.cases : [];
    const sel = $('case-select');
    const keep = select || sel.value;
    sel.replaceChildren();
    if (cases.length === 0) {
      sel.append(el('option', { value: '', text: 'no open case' }));
      sel.disabled = true;
    } else {
      sel.disabled = false;
      for (const c of cases) {
        const label = c.id + ' · ' + c.reason + (c.state && c.state !== 'open' ? ' (' + c.state + ')' : '');
        sel.append(el('option', { value: c.id, text: label }));
      }
      if (keep && cases.some((c) => c.id === keep)) sel.value = keep;
    }
    if (cases.length === 0 && me && me.may_open_cases) $('new-case').open = true;
    $('close-case').disabled = cases.length === 0;
    describeCase();
  }

  function currentCase() {
    const id = $('case-select').value;
    return cases.find((c) => c.id === id) || null;
  }

  function describeCase() {
    const c = currentCase();
    const info = $('case-info');
    if (!c) {
      info.textContent = me && me.may_open_cases
        ? 'Open a case before revealing anything.'
        : 'No open case.';
      return;
    }
    const parts = ['State: ' + c.state];
    if (typeof c.budget === 'number') {
      const used = typeof c.used === 'number' ? c.used : 0;
      parts.push('budget left ' + (c.budget - used) + ' of ' + c.budget + ' tokens');
    }
    if (c.expires) parts.push('expires ' + formatTime(c.expires));
    if (c.state === 'pending-approval') parts.push('a second person must approve it before any reveal');
    info.textContent = parts.join(' · ');
  }

  function formatTime(iso) {
    const d = new Date(iso);
    if (Number.isNaN(d.getTime())) return iso;
    return d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  }

  async function openCase(ev) {
    ev.preventDefault();
    const form = $('new-case-form');
    showError('case-error', null);
    const id = $('case-id').value.trim();
    const reason = $('case-reason').value.trim();
    if (!/^[A-Za-z0-9._:-]{1,64}$/.test(id)) {
      showError('case-error', 'a case id is 1-64 letters, digits or . _ : -');
      $('case-id').focus();
      return;
    }
    if (!reason) {
      showError('case-error', 'give a reason');
      $('case-reason').focus();
      return;
    }
    busy(form, true);
    try {
      const c = await api('POST', '/cases', { id, reason });
      $('case-id').value = '';
      $('case-reason').value = '';
      $('new-case').open = false;
      await loadCases(c && c.id ? c.id : id);
      $('case-select').focus();
    } catch (err) {
      if (!handleAuthLoss(err)) showError('case-error', err);
    } finally {
      busy(form, false);
    }
  }

  async function closeCase() {
    const c = currentCase();
    showError('case-status', null);
    if (!c) return;
    const button = $('close-case');
    button.disabled = true;
    try {
      await api('POST', '/cases/' + encodeURIComponent(c.id) + '/close');
      clearResult();
      await loadCases();
      $('case-info').textContent = 'Closed ' + c.id + '. ' + $('case-info').textContent;
      $('case-select').focus();
    } catch (err) {
      if (!handleAuthLoss(err)) showError('case-status', err);
      button.disabled = false;
    }
  }

  async function approveCase(ev) {
    ev.preventDefault();
    const form = $('approve-form');
    const done = $('approve-done');
    showError('approve-error', null);
    done.hidden = true;
    const id = $('approve-id').value.trim();
    if (!/^[A-Za-z0-9._:-]{1,64}$/.test(id)) {
      showError('approve-error', 'a case id is 1-64 letters, digits or . _ : -');
      $('approve-id').focus();
      return;
    }
    busy(form, true);
    try {
      const c = await api('POST', '/cases/' + encodeURIComponent(id) + '/approve');
      done.textContent = 'Approved ' + (c && c.id ? c.id : id) + (c && c.owner ? ' (opened by ' + c.owner + ')' : '') + '.';
      done.hidden = false;
      $('approve-id').value = '';
    } catch (err) {
      if (!handleAuthLoss(err)) showError('approve-error', err);
    } finally {
      busy(form, false);
    }
  }

  // ---- reveal --------------------------------------------------------------

  const STATUS_TEXT = {
    revealed: 'revealed',
    refused: 'refused',
    erased: 'erased',
    expired: 'expired',
    unknown: 'unknown',
  };

  // What a status means when the server gives no reason of its own.
  const STATUS_MEANS = {
    erased: 'the original was deleted on request',
    expired: 'the original is past its retention period',
    unknown: 'not a token this vault holds',
  };

  function reasonOf(r, status) {
    if (typeof r.reason === 'string' && r.reason) return r.reason;
    return STATUS_MEANS[status] || '';
  }

  async function reveal(ev) {
    ev.preventDefault();
    const form = $('reveal-form');
    showError('reveal-error', null);
    const c = currentCase();
    if (!c) {
      showError('reveal-error', 'choose or open a case first');
      $('case-select').focus();
      return;
    }
    const text = $('excerpt').value;
    if (!text.trim()) {
      showError('reveal-error', 'paste an excerpt first');
      $('excerpt').focus();
      return;
    }
    busy(form, true);
    try {
      const data = await api('POST', '/reveal', { case: c.id, text });
      render(data);
      if (typeof data.budget_left === 'number' && typeof c.budget === 'number') {
        c.used = c.budget - data.budget_left;
        describeCase();
      }
      $('output').focus();
    } catch (err) {
      if (!handleAuthLoss(err)) {
        clearResult();
        showError('reveal-error', err);
      }
    } finally {
      busy(form, false);
    }
  }

  function clearResult() {
    $('result').hidden = true;
    $('output').replaceChildren();
    $('details-body').replaceChildren();
    $('summary').textContent = '';
  }

  function tokenNode(seg) {
    const status = STATUS_TEXT[seg.status] ? seg.status : 'unknown';
    if (status === 'revealed') {
      const value = typeof seg.value === 'string' ? seg.value : '';
      return el('mark', { class: 'tok revealed', title: seg.token }, value);
    }
    const reason = reasonOf(seg, status);
    const tip = STATUS_TEXT[status] + (reason ? ': ' + reason : '');
    const cls = status === 'refused' ? 'tok refused' : 'tok gone';
    // The visible tag carries the status in words, so nothing depends on
    // colour; the reason is in the tooltip and in the table below.
    return el('mark', { class: cls, title: tip, 'data-status': status },
      seg.token, el('span', { class: 'tag', text: STATUS_TEXT[status] }));
  }

  function render(data) {
    const out = $('output');
    out.replaceChildren();
    const segments = Array.isArray(data.segments) ? data.segments : [];
    for (const seg of segments) {
      if (typeof seg.text === 'string') out.append(document.createTextNode(seg.text));
      else if (typeof seg.token === 'string') out.append(tokenNode(seg));
    }

    const results = Array.isArray(data.results) ? data.results : [];
    const counts = {};
    const body = $('details-body');
    body.replaceChildren();
    for (const r of results) {
      const status = STATUS_TEXT[r.status] ? r.status : 'unknown';
      counts[status] = (counts[status] || 0) + 1;
      let detail = '';
      if (status === 'revealed') detail = typeof r.value === 'string' ? r.value : '';
      else detail = reasonOf(r, status);
      body.append(el('tr', { class: 'st-' + status },
        el('td', null, el('code', { text: r.token })),
        el('td', null, el('span', { class: 'badge ' + status, text: STATUS_TEXT[status] })),
        el('td', { text: detail })));
    }
    $('details').hidden = results.length === 0;

    const parts = [];
    for (const s of Object.keys(STATUS_TEXT)) {
      if (counts[s]) parts.push(counts[s] + ' ' + STATUS_TEXT[s]);
    }
    if (typeof data.budget_left === 'number') parts.push('budget left: ' + data.budget_left);
    $('summary').textContent = (parts.length ? parts.join(' · ') : 'no tokens') + ' (case ' + data.case + ')';
    $('result').hidden = false;
  }

  // ---- wiring --------------------------------------------------------------

  function init() {
    $('login-form').addEventListener('submit', login);
    $('logout').addEventListener('click', logout);
    $('refresh-cases').addEventListener('click', () => loadCases());
    $('case-select').addEventListener('change', () => {
      showError('case-status', null);
      describeCase();
    });
    $('close-case').addEventListener('click', closeCase);
    $('approve-form').addEventListener('submit', approveCase);
    $('new-case-form').addEventListener('submit', openCase);
    $('reveal-form').addEventListener('submit', reveal);
    $('clear').addEventListener('click', () => {
      $('excerpt').value = '';
      clearResult();
      showError('reveal-error', null);
      $('excerpt').focus();
    });
    // Ctrl/Cmd+Enter in the excerpt reveals, as in most paste boxes.
    $('excerpt').addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        $('reveal-form').requestSubmit();
      }
    });
    $('token').focus();
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
