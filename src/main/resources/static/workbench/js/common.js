// What every page of the workbench shares: the language, the calls to the API (with the session's CSRF
// token), the header, and small helpers to build elements without writing HTML strings.
(function () {
  const LANG_KEY = 'workbench.lang';

  WB.lang = function () {
    const chosen = localStorage.getItem(LANG_KEY);
    if (chosen === 'en' || chosen === 'zh-Hant') return chosen;
    return /^zh/i.test(navigator.language || '') ? 'zh-Hant' : 'en';
  };

  WB.setLang = function (lang) {
    localStorage.setItem(LANG_KEY, lang);
    WB.applyLabels(document);
    document.dispatchEvent(new CustomEvent('wb:lang'));
  };

  WB.t = function (key, ...args) {
    const messages = WB.messages[WB.lang()];
    let text = messages[key] !== undefined ? messages[key] : (WB.messages.en[key] !== undefined ? WB.messages.en[key] : key);
    args.forEach((a, i) => { text = text.split('{' + i + '}').join(String(a)); });
    return text;
  };

  /** A column title of a decision table in the page's language (the table's own words when none is known). */
  WB.column = function (title) {
    const key = 'col.' + title;
    return WB.messages[WB.lang()][key] || title;
  };

  WB.applyLabels = function (root) {
    document.documentElement.lang = WB.lang();
    root.querySelectorAll('[data-i18n]').forEach(e => { e.textContent = WB.t(e.dataset.i18n); });
    root.querySelectorAll('[data-i18n-placeholder]').forEach(e => { e.placeholder = WB.t(e.dataset.i18nPlaceholder); });
    root.querySelectorAll('[data-i18n-title]').forEach(e => { e.title = WB.t(e.dataset.i18nTitle); });
    root.querySelectorAll('[data-i18n-aria-label]').forEach(e => { e.setAttribute('aria-label', WB.t(e.dataset.i18nAriaLabel)); });
    const title = document.querySelector('h1');
    document.title = (title ? title.textContent + ' · ' : '') + WB.t('app.title');
  };

  WB.csrfToken = function () {
    const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
    return match ? decodeURIComponent(match[1]) : '';
  };

  /** An API answer that was not 2xx: its problem+json (title, detail, errors) kept for the page to show. */
  class ApiError extends Error {
    constructor(status, problem) {
      super(problem && (problem.detail || problem.title) ? (problem.detail || problem.title) : 'HTTP ' + status);
      this.status = status;
      this.problem = problem || {};
    }
  }
  WB.ApiError = ApiError;

  /**
   * Calls the API with the session cookie. body: an object (sent as JSON), a string, a Blob or FormData.
   * Answers {status, headers, body} where body is parsed JSON when the answer is JSON; throws ApiError
   * otherwise. A 401 means the session ended: back to the sign-in page.
   */
  WB.api = async function (method, path, body, headers) {
    const options = { method, headers: Object.assign({ 'Accept': 'application/json' }, headers || {}), credentials: 'same-origin' };
    if (method !== 'GET' && method !== 'HEAD') options.headers['X-XSRF-TOKEN'] = WB.csrfToken();
    if (body !== undefined && body !== null) {
      if (typeof body === 'string' || body instanceof Blob || body instanceof FormData || body instanceof ArrayBuffer) {
        options.body = body;
      } else {
        options.body = JSON.stringify(body);
        options.headers['Content-Type'] = 'application/json';
      }
    }
    const response = await fetch(path, options);
    const type = response.headers.get('Content-Type') || '';
    let parsed = null;
    if (type.includes('json')) {
      parsed = await response.json().catch(() => null);
    } else if (response.status !== 204) {
      parsed = await response.text();
    }
    if (response.status === 401) {
      location.href = '/workbench/sign-in.html';
      throw new ApiError(401, parsed);
    }
    if (!response.ok) throw new ApiError(response.status, typeof parsed === 'object' ? parsed : { detail: parsed });
    return { status: response.status, headers: response.headers, body: parsed };
  };

  /** document.createElement with attributes and children; strings become text, never HTML. */
  WB.el = function (tag, attributes, ...children) {
    const element = document.createElement(tag);
    Object.entries(attributes || {}).forEach(([name, value]) => {
      if (value === undefined || value === null || value === false) return;
      if (name.startsWith('on')) element.addEventListener(name.substring(2), value);
      else if (name === 'text') element.textContent = value;
      else element.setAttribute(name, value === true ? '' : value);
    });
    children.flat().forEach(child => {
      if (child === undefined || child === null) return;
      element.append(child instanceof Node ? child : document.createTextNode(String(child)));
    });
    return element;
  };

  WB.money = function (value) {
    if (value === null || value === undefined || value === '') return WB.t('common.none');
    return Number(value).toLocaleString(WB.lang() === 'en' ? 'en-HK' : 'zh-HK');
  };

  WB.time = function (value) {
    if (!value) return WB.t('common.none');
    const date = new Date(value);
    return isNaN(date) ? String(value) : date.toLocaleString(WB.lang() === 'en' ? 'en-HK' : 'zh-HK');
  };

  /** Shows a message in the page's status area (read out by screen readers). */
  WB.say = function (text, kind) {
    const status = document.getElementById('status');
    if (!status) return;
    status.textContent = text || '';
    status.className = 'status ' + (kind || '');
  };

  WB.fail = function (error) {
    console.error(error);
    // a step the service refused (4xx) says why in its own words; anything else is unexpected
    const refused = error instanceof ApiError && error.status >= 400 && error.status < 500;
    WB.say(refused ? error.message : WB.t('common.error', error.message || error), 'error');
  };

  /** A list answer, whether the API gives the array itself or wraps it in an object. */
  WB.list = function (body, name) {
    if (Array.isArray(body)) return body;
    return body && Array.isArray(body[name]) ? body[name] : [];
  };

  WB.param = function (name) {
    return new URLSearchParams(location.search).get(name);
  };

  /** The header of every signed-in page: the language switch, who is signed in, signing out. */
  function header() {
    const switchButton = document.getElementById('lang-switch');
    if (switchButton) {
      switchButton.addEventListener('click', () => WB.setLang(WB.lang() === 'en' ? 'zh-Hant' : 'en'));
    }
    const signOut = document.getElementById('sign-out-form');
    if (signOut) {
      signOut.addEventListener('submit', () => { signOut.querySelector('input[name=_csrf]').value = WB.csrfToken(); });
    }
    const current = location.pathname.replace(/index\.html$/, '');
    document.querySelectorAll('nav a').forEach(a => {
      if (a.getAttribute('href') === current) a.setAttribute('aria-current', 'page');
    });
    const who = document.getElementById('who');
    if (who) {
      WB.me = WB.api('GET', '/workbench/me').then(r => r.body).catch(() => null);
      WB.me.then(me => {
        if (!me) return;
        who.dataset.user = me.name;
        who.textContent = WB.t('common.signedInAs', me.name);
      });
      document.addEventListener('wb:lang', () => {
        if (who.dataset.user) who.textContent = WB.t('common.signedInAs', who.dataset.user);
      });
    }
  }

  document.addEventListener('DOMContentLoaded', () => {
    WB.applyLabels(document);
    header();
  });
})();
