// Home: the active rules (version, who changed and who approved them), whether the last change passed
// the gate, and the open drafts, with a form to start a new one.
(function () {
  const { el, t, list } = WB;
  let ruleset = null, versions = [], drafts = [];

  function fact(label, value, id) {
    return [el('dt', { text: t(label) }), el('dd', { id }, value)];
  }

  function render() {
    const active = document.getElementById('active');
    active.replaceChildren();
    if (ruleset) {
      const record = versions.find(v => v.active) || versions.find(v => v.version === ruleset.version) || {};
      active.append(...fact('home.version', ruleset.version, 'active-version'),
        ...fact('home.label', ruleset.label || t('common.none')),
        ...fact('home.activatedAt', WB.time(ruleset.activatedAt || record.activatedAt)),
        ...fact('home.author', record.author || t('common.none'), 'active-author'),
        ...fact('home.approver', record.approver || t('common.none'), 'active-approver'),
        ...fact('home.rules', (ruleset.rules || []).length),
        ...fact('home.files', (ruleset.files || []).length));
      const checks = document.getElementById('checks');
      checks.textContent = ruleset.changeRefused ? t('home.checksRefused') : t('home.checksPassed');
      checks.className = ruleset.changeRefused ? 'error' : 'ok';
    }
    const recent = document.getElementById('recent');
    recent.textContent = ruleset && ruleset.recentDecisions !== undefined
      ? t('home.recentCount', ruleset.recentDecisions) : t('home.recentNone');
    const open = drafts.filter(d => ['OPEN', 'SUBMITTED', 'APPROVED'].includes(d.state));
    const box = document.getElementById('drafts');
    box.replaceChildren(open.length === 0 ? el('p', { class: 'muted', text: t('home.noDrafts') }) :
      el('table', { class: 'plain', id: 'drafts-table' },
        el('thead', {}, el('tr', {}, ['draft.title', 'draft.state', 'draft.author', 'draft.basedOn'].map(k => el('th', { scope: 'col', text: t(k) })))),
        el('tbody', {}, open.map(d => el('tr', {},
          el('td', {}, el('a', { href: '/workbench/draft.html?id=' + encodeURIComponent(d.draftId), text: d.title || d.draftId })),
          el('td', { text: t('state.' + d.state) }), el('td', { text: d.author || '' }), el('td', { text: d.basedOn || '' }))))));
  }

  async function load() {
    try {
      const answers = await Promise.allSettled([WB.api('GET', '/api/v1/ruleset'),
        WB.api('GET', '/api/v1/ruleset/versions'), WB.api('GET', '/api/v1/drafts')]);
      if (answers[0].status === 'fulfilled') ruleset = answers[0].value.body; else throw answers[0].reason;
      versions = answers[1].status === 'fulfilled' ? list(answers[1].value.body, 'versions') : [];
      drafts = answers[2].status === 'fulfilled' ? list(answers[2].value.body, 'drafts') : [];
      render();
    } catch (e) {
      WB.fail(e);
    }
  }

  document.addEventListener('DOMContentLoaded', () => {
    load();
    document.getElementById('new-draft').addEventListener('submit', async event => {
      event.preventDefault();
      try {
        const title = document.getElementById('draft-title').value.trim();
        const answer = await WB.api('POST', '/api/v1/drafts', { basedOn: 'active', title });
        location.href = '/workbench/draft.html?id=' + encodeURIComponent(answer.body.draftId);
      } catch (e) {
        WB.fail(e);
      }
    });
  });
  document.addEventListener('wb:lang', render);
})();
