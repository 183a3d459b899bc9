// A draft: its files as a tree, a decision table as an editable grid (Tabulator), DRL and scenario files
// in a code editor (CodeMirror), the check with its problems and failing scenarios, the impact on a data
// set (a chart by Chart.js and a sortable table), and submit, approve, activate with the draft's history.
(function () {
  const { el, t } = WB;
  const draftId = WB.param('id');
  const base = '/api/v1/drafts/' + encodeURIComponent(draftId);
  let draft = null, me = null, activeVersion = null;
  let open = null; // {path, etag, kind: 'table'|'text'|'binary', table, grid, editor, text, dirty}
  let check = null, impact = null, impactChart = null, impactGrid = null;
  let currentRow = null;

  // ---------- the draft and its tree ----------

  function paths() {
    return (draft.files || []).map(f => typeof f === 'string' ? f : f.path).filter(Boolean).sort();
  }

  function renderDraft() {
    document.getElementById('draft-name').textContent = draft.title || draft.draftId;
    const facts = document.getElementById('draft-facts');
    facts.replaceChildren(
      el('dt', { text: t('draft.state') }), el('dd', { id: 'draft-state', 'data-state': draft.state, text: t('state.' + draft.state) }),
      el('dt', { text: t('draft.author') }), el('dd', { id: 'draft-author', text: draft.author || '' }),
      el('dt', { text: t('draft.basedOn') }), el('dd', { id: 'draft-based-on', text: draft.basedOn || '' }));
    const stale = document.getElementById('stale');
    const isStale = !!draft.stale;
    stale.hidden = !isStale;
    if (isStale) stale.textContent = t('flow.stale', draft.basedOn, draft.activeVersion || activeVersion);
    document.getElementById('rebase').hidden = !isStale;
    renderTree();
    renderFlow();
  }

  function renderTree() {
    const root = {};
    paths().forEach(p => {
      let node = root;
      const parts = p.split('/');
      parts.forEach((part, i) => {
        if (i === parts.length - 1) node[part] = p;
        else node = node[part] = node[part] || {};
      });
    });
    const list = node => el('ul', {}, Object.keys(node).sort((a, b) => {
      const folderA = typeof node[a] === 'object', folderB = typeof node[b] === 'object';
      return folderA === folderB ? a.localeCompare(b) : (folderA ? -1 : 1);
    }).map(name => typeof node[name] === 'object'
      ? el('li', {}, el('span', { class: 'folder', text: name + '/' }), list(node[name]))
      : el('li', {}, el('button', { type: 'button', 'data-path': node[name], 'aria-current': open && open.path === node[name] ? 'true' : 'false',
          onclick: () => openFile(node[name]), text: name }))));
    document.getElementById('tree').replaceChildren(list(root));
  }

  async function loadDraft() {
    draft = (await WB.api('GET', base)).body;
    renderDraft();
    if (draft.lastCheck && !check) {
      check = draft.lastCheck;
      renderCheck();
    }
  }

  // ---------- one file: grid, editor or spreadsheet ----------

  function fileUrl(path) {
    return base + '/files/' + path.split('/').map(encodeURIComponent).join('/');
  }

  async function openFile(path, line) {
    if (open && open.dirty && open.path !== path && !confirm(t('draft.unsaved') + ': ' + open.path)) return;
    closeFile();
    const binary = /\.xlsx?$/i.test(path);
    const response = await fetch(fileUrl(path), { credentials: 'same-origin' });
    if (!response.ok) { WB.fail(new WB.ApiError(response.status, null)); return; }
    const etag = response.headers.get('ETag');
    open = { path, etag, dirty: false };
    document.getElementById('file-name').textContent = path;
    fileStatus('');
    if (binary) {
      open.kind = 'binary';
      document.getElementById('binary-pane').hidden = false;
    } else {
      const text = await response.text();
      const table = /\.drl\.csv$/i.test(path) ? WB.tableFile.read(text) : null;
      if (table) showGrid(table); else showEditor(text, path);
    }
    document.getElementById('save').hidden = false;
    renderTree();
    markProblems();
    if (line) goToLine(line);
  }

  function closeFile() {
    if (open && open.grid) open.grid.destroy();
    if (open && open.editor) open.editor.toTextArea();
    ['grid-pane', 'editor-pane', 'binary-pane'].forEach(id => { document.getElementById(id).hidden = true; });
    document.getElementById('reload-file').hidden = true;
    open = null;
    currentRow = null;
  }

  function showGrid(table) {
    open.kind = 'table';
    open.table = table;
    document.getElementById('grid-pane').hidden = false;
    const column = i => ({ title: WB.column(table.titles[i] || ''), field: 'c' + i, editor: 'input', headerSort: false,
      minWidth: 90, maxInitialWidth: 260, formatter: 'textarea', cssClass: 'kind-' + (table.kinds[i] || 'NONE') });
    const groups = [];
    table.kinds.forEach((kind, i) => {
      const group = kind === 'CONDITION' ? t('grid.when') : kind === 'ACTION' ? t('grid.then') : null;
      // the rule's name stays in sight while the officer scrolls sideways to a value
      if (group === null) { groups.push(Object.assign(column(i), kind === 'NAME' ? { frozen: true } : {})); return; }
      const last = groups[groups.length - 1];
      if (last && last.columns && last.title === group) last.columns.push(column(i));
      else groups.push({ title: group, columns: [column(i)] });
    });
    const data = table.rows.map((cells, n) => {
      const row = { _id: n + 1 };
      cells.forEach((c, i) => { row['c' + i] = c; });
      return row;
    });
    open.grid = new Tabulator('#grid', {
      data, index: '_id', layout: 'fitDataFill', movableRows: true, reactiveData: false, height: false,
      columns: [{ rowHandle: true, formatter: 'handle', headerSort: false, frozen: true, width: 30, minWidth: 30 }].concat(groups),
    });
    const grid = open.grid;
    const current = row => { currentRow = row; markCurrentRow(); };
    grid.on('cellClick', (e, cell) => current(cell.getRow()));
    grid.on('cellEditing', cell => current(cell.getRow()));
    grid.on('cellEdited', () => changed());
    grid.on('rowMoved', () => changed());
    grid.on('renderComplete', () => { markProblems(); markCurrentRow(); });
  }

  function gridRows() {
    return open.grid.getRows().map(r => open.table.titles.map((_, i) => {
      const v = r.getData()['c' + i];
      return v === undefined || v === null ? '' : String(v);
    }));
  }

  function markCurrentRow() {
    if (!open || !open.grid) return;
    open.grid.getRows().forEach(r => r.getElement().classList.toggle('current-row', r === currentRow));
    const position = currentRow ? open.grid.getRows().indexOf(currentRow) : -1;
    document.getElementById('row-current').textContent = position >= 0 ? t('grid.current', position + 1) : '';
  }

  function showEditor(text, path) {
    open.kind = 'text';
    document.getElementById('editor-pane').hidden = false;
    const label = document.getElementById('editor-label');
    label.textContent = t('editor.label', path);
    const area = document.getElementById('editor');
    area.value = text;
    const mode = /\.ya?ml$/i.test(path) ? 'yaml' : /\.drl$/i.test(path) ? 'text/x-java' : /\.json$/i.test(path) ? 'application/json' : null;
    open.editor = CodeMirror.fromTextArea(area, {
      mode, lineNumbers: true, gutters: ['problems', 'CodeMirror-linenumbers'], viewportMargin: Infinity,
      // Tab and Shift-Tab leave the editor, so that nobody is trapped in it without a mouse
      extraKeys: { Tab: false, 'Shift-Tab': false }, indentUnit: 2,
    });
    open.editor.getInputField().setAttribute('aria-label', t('editor.label', path));
    open.editor.on('change', () => changed());
  }

  function changed() {
    if (!open) return;
    open.dirty = true;
    fileStatus(t('draft.unsaved'));
  }

  function fileStatus(text, kind) {
    const status = document.getElementById('file-status');
    status.textContent = text;
    status.className = 'status ' + (kind || '');
  }

  function currentText() {
    if (open.kind === 'table') return WB.tableFile.write(open.table, gridRows());
    if (open.kind === 'text') return open.editor.getValue();
    return null;
  }

  async function save() {
    if (!open) return;
    let body, type;
    if (open.kind === 'binary') {
      const file = document.getElementById('upload-file').files[0];
      if (!file) return;
      body = file; type = 'application/octet-stream';
    } else {
      body = currentText(); type = 'text/plain;charset=UTF-8';
    }
    try {
      const headers = { 'Content-Type': type };
      if (open.etag) headers['If-Match'] = open.etag;
      const answer = await WB.api('PUT', fileUrl(open.path), body, headers);
      open.etag = answer.headers.get('ETag') || open.etag;
      open.dirty = false;
      if (open.kind === 'table') open.table = WB.tableFile.read(body);
      fileStatus(t('draft.saved'), 'ok');
      await loadDraft();
    } catch (e) {
      if (e.status === 409 || e.status === 412) {
        fileStatus(t('draft.conflict'), 'error');
        document.getElementById('reload-file').hidden = false;
      } else {
        showProblemAnswer(e);
      }
    }
  }

  /** A refused save names the file and line of each problem (problem+json errors): shown at the file. */
  function showProblemAnswer(e) {
    const problems = (e.problem && (e.problem.problems || e.problem.errors)) || [];
    fileStatus(problems.length ? problems.map(p => (p.file || p.field || '') + (p.line ? ':' + p.line : '') + ': ' + p.message).join('\n')
      : t('common.error', e.message), 'error');
  }

  // ---------- problems at their line ----------

  function problemsOf(path) {
    if (!check) return [];
    const problems = (check.problems || []).filter(p => p.file === path);
    const failures = ((check.scenarios && check.scenarios.failures) || []).filter(f => f.file === path)
      .map(f => ({ file: f.file, line: f.line, message: (f.name || '') + ': ' + t('check.expected') + ' ' + text(f.expected) + ', ' + t('check.got') + ' ' + text(f.got) }));
    return problems.concat(failures);
  }

  function markProblems() {
    if (!open) return;
    const problems = problemsOf(open.path);
    if (open.editor) {
      const cm = open.editor;
      cm.clearGutter('problems');
      for (let i = 0; i < cm.lineCount(); i++) cm.removeLineClass(i, 'background', 'problem-line');
      problems.filter(p => p.line > 0).forEach(p => {
        cm.addLineClass(p.line - 1, 'background', 'problem-line');
        cm.setGutterMarker(p.line - 1, 'problems', el('span', { class: 'problem-marker', title: p.message, text: '●' }));
      });
    }
    if (open.grid) {
      const lines = new Set(problems.map(p => p.line));
      open.grid.getRows().forEach((row, i) => {
        const line = open.table.firstRowLine + i;
        row.getElement().classList.toggle('problem-row', lines.has(line));
        if (lines.has(line)) row.getElement().title = problems.filter(p => p.line === line).map(p => p.message).join('\n');
      });
    }
  }

  function goToLine(line) {
    if (open && open.editor) {
      open.editor.focus();
      open.editor.setCursor({ line: line - 1, ch: 0 });
      open.editor.scrollIntoView({ line: line - 1, ch: 0 }, 100);
    } else if (open && open.grid) {
      const row = open.grid.getRows()[line - open.table.firstRowLine];
      if (row) { open.grid.scrollToRow(row, 'center', false); currentRow = row; markCurrentRow(); }
    }
  }

  // ---------- check ----------

  /** An expectation or a result as the officer wrote it: one "name: value" per line. */
  function text(value) {
    if (value === null || value === undefined) return t('common.none');
    if (typeof value !== 'object') return String(value);
    return Object.entries(value).map(([k, v]) => k + ': ' + (v !== null && typeof v === 'object' ? JSON.stringify(v) : v)).join('\n');
  }

  function renderCheck() {
    const box = document.getElementById('check-result');
    if (!check) { box.replaceChildren(el('p', { class: 'muted', text: t('check.never') })); return; }
    const scenarios = check.scenarios || { total: 0, failed: 0, failures: [] };
    const parts = [];
    parts.push(el('p', { id: 'check-verdict', class: check.passed ? 'ok' : 'error', 'data-passed': String(!!check.passed),
      text: check.passed ? t('check.passed', check.version || '') : t('check.failed') + ' ' + t('check.scenarioCount', scenarios.failed || 0, scenarios.total || 0) }));
    if ((check.problems || []).length) {
      parts.push(el('h3', { text: t('check.problems') }), el('ul', { id: 'check-problems' }, check.problems.map(p => el('li', {},
        el('button', { type: 'button', class: 'secondary', onclick: () => openFile(p.file, p.line), text: t('check.goTo') }), ' ',
        el('code', { text: p.file + (p.line ? ':' + p.line : '') }), ': ', p.message))));
    }
    const failures = scenarios.failures || [];
    if (failures.length) {
      parts.push(el('h3', { text: t('check.scenarios') }), el('p', { class: 'muted', text: t('check.acceptHelp') }),
        el('div', { class: 'row' }, el('button', { type: 'button', id: 'accept-all', onclick: () => accept({ all: true }), text: t('check.acceptAll') })),
        el('div', { class: 'table-scroll' }, el('table', { class: 'plain', id: 'failures' },
          el('thead', {}, el('tr', {}, ['check.scenario', 'check.where', 'check.expected', 'check.got', ''].map(k => el('th', { scope: 'col', text: k ? t(k) : '' })))),
          el('tbody', {}, failures.map(f => el('tr', { class: 'failure' },
            el('td', { text: f.name || '' }),
            el('td', {}, el('button', { type: 'button', class: 'secondary', onclick: () => openFile(f.file, f.line), text: f.file + ':' + f.line })),
            el('td', { class: 'expected' }, el('pre', { class: 'value', text: text(f.expected) })),
            el('td', { class: 'got' }, el('pre', { class: 'value', text: text(f.got) })),
            el('td', {}, el('button', { type: 'button', class: 'accept', onclick: () => accept({ scenarios: [f.file + ':' + f.line] }), text: t('check.accept') }))))))));
    }
    box.replaceChildren(...parts);
  }

  async function runCheck() {
    const button = document.getElementById('check');
    button.disabled = true;
    WB.say(t('check.running'));
    try {
      if (open && open.dirty) await save();
      check = (await WB.api('POST', base + '/check', {})).body;
      await loadDraft();
      WB.say('');
      renderCheck();
      markProblems();
    } catch (e) { WB.fail(e); } finally { button.disabled = false; }
  }

  async function accept(what) {
    try {
      await WB.api('POST', base + '/scenarios/accept', what);
      if (open) await openFile(open.path); // the scenario files were rewritten
      await runCheck();
    } catch (e) { WB.fail(e); }
  }

  // ---------- impact ----------

  function count(map, key) { return map && map[key] !== undefined ? map[key] : 0; }

  /** Outcome counts before and after, from the totals the API gives. */
  function outcomes(totals) {
    const before = (totals && (totals.outcomesBefore || (totals.before && totals.before.outcomes) || totals.before)) || {};
    const after = (totals && (totals.outcomesAfter || (totals.after && totals.after.outcomes) || totals.after)) || {};
    const keys = [...new Set(Object.keys(before).concat(Object.keys(after)))].filter(k => typeof (before[k] ?? after[k]) === 'number' && !/grant/i.test(k)).sort();
    return { keys, before, after };
  }

  function grants(totals) {
    const pick = (...candidates) => candidates.find(v => typeof v === 'number');
    return {
      before: pick(totals && totals.grantBeforeHkd, totals && totals.grantBefore),
      after: pick(totals && totals.grantAfterHkd, totals && totals.grantAfter),
    };
  }

  function reasons(decision) {
    return ((decision && decision.reasons) || []).map(r => r.ruleId + ' ' + (WB.lang() === 'en' ? r.message : r.messageZh)).join('\n');
  }

  function renderImpact() {
    const box = document.getElementById('impact-result');
    if (!impact) { box.replaceChildren(); return; }
    const g = grants(impact.totals);
    box.replaceChildren(el('dl', { class: 'facts', id: 'impact-totals' },
      el('dt', { text: t('impact.decided') }), el('dd', { id: 'impact-decided', text: impact.decided }),
      el('dt', { text: t('impact.changed') }), el('dd', { id: 'impact-changed', text: impact.changed }),
      el('dt', { text: t('impact.unchanged') }), el('dd', { text: impact.unchanged }),
      el('dt', { text: t('impact.bad') }), el('dd', { text: impact.bad }),
      g.before !== undefined ? [el('dt', { text: t('impact.budget') + ', ' + t('impact.before') }), el('dd', { text: 'HK$' + WB.money(g.before) }),
        el('dt', { text: t('impact.budget') + ', ' + t('impact.after') }), el('dd', { text: 'HK$' + WB.money(g.after) }),
        el('dt', { text: t('impact.difference') }), el('dd', { id: 'impact-budget-difference', text: 'HK$' + WB.money(g.after - g.before) })] : []));
    const o = outcomes(impact.totals);
    const chartBox = document.getElementById('impact-chart-box');
    chartBox.hidden = o.keys.length === 0;
    if (impactChart) impactChart.destroy();
    if (o.keys.length) {
      impactChart = new Chart(document.getElementById('impact-chart'), {
        type: 'bar',
        data: { labels: o.keys, datasets: [
          { label: t('impact.before'), data: o.keys.map(k => count(o.before, k)), backgroundColor: '#8c959f' },
          { label: t('impact.after'), data: o.keys.map(k => count(o.after, k)), backgroundColor: '#0b5cad' }] },
        options: { responsive: true, maintainAspectRatio: false, animation: false,
          plugins: { title: { display: true, text: t('impact.chart') } } },
      });
    }
    if (impactGrid) { impactGrid.destroy(); impactGrid = null; }
    const rows = (impact.rows || []).map(r => {
      const before = r.active || r.before || {}, after = r.candidate || r.after || {};
      return { row: r.row, subject: r.subjectId || before.subjectId, outcomeBefore: summary(before), outcomeAfter: summary(after),
        reasonsBefore: reasons(before), reasonsAfter: reasons(after) };
    });
    const tableBox = document.getElementById('impact-table');
    if (rows.length === 0) { tableBox.replaceChildren(el('p', { text: t('impact.none') })); return; }
    tableBox.replaceChildren(el('h3', { text: t('impact.rows') }), el('div', { id: 'impact-grid' }));
    impactGrid = new Tabulator('#impact-grid', {
      data: rows, layout: 'fitDataStretch', pagination: rows.length > 50, paginationSize: 50, height: false,
      columns: [
        { title: t('impact.row'), field: 'row', sorter: 'number', width: 70 },
        { title: t('impact.subject'), field: 'subject' },
        { title: t('impact.outcomeBefore'), field: 'outcomeBefore' },
        { title: t('impact.outcomeAfter'), field: 'outcomeAfter' },
        { title: t('impact.reasonsBefore'), field: 'reasonsBefore', formatter: 'textarea', minWidth: 220 },
        { title: t('impact.reasonsAfter'), field: 'reasonsAfter', formatter: 'textarea', minWidth: 220 },
      ],
    });
  }

  function summary(d) {
    return [d.outcome, d.level, d.grantHkd !== undefined && d.grantHkd !== null ? 'HK$' + WB.money(d.grantHkd) : null].filter(Boolean).join(' ');
  }

  async function runImpact(event) {
    event.preventDefault();
    const button = document.getElementById('impact-run');
    button.disabled = true;
    WB.say(t('impact.running'));
    try {
      const kind = document.getElementById('impact-kind').value;
      const file = document.getElementById('impact-file').files[0];
      let answer;
      if (file) {
        const form = new FormData();
        form.append('kind', kind);
        form.append('file', file);
        answer = await WB.api('POST', base + '/impact', form);
      } else {
        answer = await WB.api('POST', base + '/impact', { kind, input: document.getElementById('impact-input').value.trim() });
      }
      impact = answer.body;
      WB.say('');
      renderImpact();
    } catch (e) { WB.fail(e); } finally { button.disabled = false; }
  }

  // ---------- submit, approve, activate, history ----------

  function renderFlow() {
    const state = draft.state;
    const isAuthor = me && draft.author === me.name;
    document.getElementById('submit').disabled = state !== 'OPEN';
    const approve = document.getElementById('approve');
    approve.disabled = state !== 'SUBMITTED' || isAuthor;
    approve.title = isAuthor ? t('flow.approveHelp') : '';
    document.getElementById('activate').disabled = state !== 'APPROVED';
    document.getElementById('discard').hidden = !['OPEN', 'SUBMITTED', 'APPROVED'].includes(state);
    const history = draft.history || [];
    document.getElementById('history').replaceChildren(el('table', { class: 'plain', id: 'history-table' },
      el('thead', {}, el('tr', {}, ['flow.when', 'flow.who', 'flow.what', 'flow.comment'].map(k => el('th', { scope: 'col', text: t(k) })))),
      el('tbody', {}, history.map(h => el('tr', {},
        el('td', { text: WB.time(h.at) }), el('td', { text: h.actor || '' }),
        el('td', { text: h.action || '' }), el('td', { text: h.detail || '' }))))));
  }

  async function step(path, body) {
    try {
      await WB.api('POST', base + path, body || {});
      await loadDraft();
      WB.say(t('state.' + draft.state), 'ok');
    } catch (e) {
      WB.fail(e);
    }
  }

  document.addEventListener('DOMContentLoaded', async () => {
    document.getElementById('save').addEventListener('click', save);
    document.getElementById('reload-file').addEventListener('click', () => { if (open) { open.dirty = false; openFile(open.path); } });
    document.getElementById('check').addEventListener('click', runCheck);
    document.getElementById('impact-form').addEventListener('submit', runImpact);
    document.getElementById('submit').addEventListener('click', () => step('/submit'));
    document.getElementById('approve').addEventListener('click', () => step('/approve', { comment: document.getElementById('approve-comment').value }));
    document.getElementById('activate').addEventListener('click', () => step('/activate'));
    document.getElementById('rebase').addEventListener('click', () => step('/rebase'));
    document.getElementById('discard').addEventListener('click', async () => {
      if (!confirm(t('flow.discard') + '?')) return;
      try {
        await WB.api('DELETE', base);
        location.href = '/workbench/';
      } catch (e) { WB.fail(e); }
    });
    WB.api('GET', '/api/v1/data-sets').then(answer => {
      document.getElementById('datasets').replaceChildren(...WB.list(answer.body, 'dataSets').map(d => el('option', { value: d })));
    }).catch(() => null);
    document.getElementById('row-add').addEventListener('click', async () => {
      if (!open || !open.grid) return;
      const empty = { _id: Date.now() };
      open.table.titles.forEach((_, i) => { empty['c' + i] = ''; });
      const row = await open.grid.addRow(empty, false, currentRow || undefined);
      currentRow = row; changed(); markCurrentRow();
    });
    document.getElementById('row-remove').addEventListener('click', () => {
      if (!open || !open.grid || !currentRow) return;
      currentRow.delete(); currentRow = null; changed(); markCurrentRow();
    });
    const move = up => {
      if (!open || !open.grid || !currentRow) return;
      const neighbour = up ? currentRow.getPrevRow() : currentRow.getNextRow();
      if (!neighbour) return;
      currentRow.move(neighbour, !up);
      changed(); markCurrentRow();
    };
    document.getElementById('row-up').addEventListener('click', () => move(true));
    document.getElementById('row-down').addEventListener('click', () => move(false));
    try {
      me = await WB.me;
      const [ruleset] = await Promise.all([WB.api('GET', '/api/v1/ruleset').catch(() => null)]);
      activeVersion = ruleset && ruleset.body.version;
      await loadDraft();
      const file = WB.param('file');
      if (file) await openFile(file);
    } catch (e) { WB.fail(e); }
  });
  document.addEventListener('wb:lang', () => {
    if (!draft) return;
    renderDraft(); renderCheck(); renderImpact();
    if (open && open.kind === 'table') { const p = open.path; open.dirty ? null : openFile(p); }
  });
})();
