// Versions: every version that was ever active, who changed and who approved it; the differences
// between any two; rolling back to an earlier one.
(function () {
  const { el, t } = WB;
  let versions = [], active = null, diff = null;

  function render() {
    const box = document.getElementById('versions');
    box.replaceChildren(el('table', { class: 'plain', id: 'versions-table' },
      el('thead', {}, el('tr', {}, ['versions.version', 'versions.titleCol', 'versions.author', 'versions.approver', 'versions.activatedAt', ''].map(k => el('th', { scope: 'col', text: k ? t(k) : '' })))),
      el('tbody', {}, versions.map(v => el('tr', { 'data-version': v.version, class: v.active ? 'active-version' : null },
        el('td', {}, v.version, v.active ? [' ', el('span', { class: 'badge ok', text: t('versions.active') })] : []),
        el('td', { text: v.title || '' }), el('td', { class: 'author', text: v.author || '' }),
        el('td', { class: 'approver', text: v.approver || '' }), el('td', { text: WB.time(v.activatedAt) }),
        el('td', {}, v.version === active ? '' : el('button', { type: 'button', class: 'secondary rollback', 'data-version': v.version,
          'aria-label': t('versions.rollback') + ' ' + v.version, text: t('versions.rollback'), onclick: () => rollback(v.version) })))))));
    const unique = [...new Set(versions.map(v => v.version))];
    ['diff-from', 'diff-to'].forEach((id, i) => {
      const select = document.getElementById(id);
      const keep = select.value;
      select.replaceChildren(...unique.map(v => el('option', { value: v, text: v })));
      if (keep) select.value = keep;
      else if (unique.length > 1) select.value = i === 0 ? unique[1] : unique[0];
    });
    renderDiff();
  }

  function renderDiff() {
    const box = document.getElementById('diff');
    if (!diff) { box.replaceChildren(); return; }
    const files = WB.list(diff, 'files');
    if (files.length === 0) { box.replaceChildren(el('p', { text: t('versions.noDiff') })); return; }
    box.replaceChildren(...files.map(f => el('section', { class: 'diff-file' },
      el('h3', {}, f.path || f.file, ' ', el('span', { class: 'badge', text: t('versions.' + String(f.change || f.status || 'changed').toLowerCase()) })),
      rows(f))));
  }

  /** A file's changes: a table's rows added, removed and changed cell by cell, or another file's lines. */
  function rows(file) {
    const parts = [];
    const cells = row => Object.entries(row).map(([k, v]) => WB.column(k) + ': ' + v).join(' · ');
    const table = file.table;
    if (table) {
      (table.added || []).forEach(r => parts.push(el('div', { class: 'diff-line added' }, el('strong', { text: t('versions.added') + ': ' }), cells(r))));
      (table.removed || []).forEach(r => parts.push(el('div', { class: 'diff-line removed' }, el('strong', { text: t('versions.removed') + ': ' }), cells(r))));
      (table.changed || []).forEach(r => parts.push(el('div', { class: 'diff-line changed' }, el('strong', { text: r.rule + ': ' }),
        (r.cells || []).map(c => WB.column(c.column) + ' ' + c.before + ' → ' + c.after).join(' · '))));
    }
    if (!table) (file.lines || []).forEach(l => parts.push(el('div', { class: 'diff-line ' + (l.op === '+' ? 'added' : 'removed') },
      el('code', { text: l.op + ' ' + l.line + ': ' + l.text }))));
    return parts;
  }

  async function rollback(version) {
    if (!confirm(t('versions.rollbackConfirm', version))) return;
    try {
      await WB.api('POST', '/api/v1/ruleset/versions/' + encodeURIComponent(version) + '/activate', { comment: t('versions.rollback') });
      await load();
      WB.say(t('versions.active') + ': ' + version, 'ok');
    } catch (e) { WB.fail(e); }
  }

  async function load() {
    try {
      const [list, ruleset] = await Promise.all([WB.api('GET', '/api/v1/ruleset/versions'), WB.api('GET', '/api/v1/ruleset')]);
      versions = WB.list(list.body, 'versions');
      const marked = versions.find(v => v.active);
      active = marked ? marked.version : ruleset.body.version;
      render();
    } catch (e) { WB.fail(e); }
  }

  document.addEventListener('DOMContentLoaded', () => {
    load();
    document.getElementById('diff-form').addEventListener('submit', async event => {
      event.preventDefault();
      try {
        const a = document.getElementById('diff-from').value, b = document.getElementById('diff-to').value;
        diff = (await WB.api('GET', '/api/v1/ruleset/versions/' + encodeURIComponent(a) + '/diff/' + encodeURIComponent(b))).body;
        renderDiff();
      } catch (e) { WB.fail(e); }
    });
  });
  document.addEventListener('wb:lang', render);
})();
