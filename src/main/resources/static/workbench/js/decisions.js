// Decisions: look one up (by its id), read its reasons in both languages, replay it under the rules it
// was made with; or decide an application here, as another system would.
(function () {
  const { el, t } = WB;
  const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
  let shown = null, replay = null;

  function render() {
    const box = document.getElementById('decision');
    if (!shown) { box.hidden = true; return; }
    const d = shown;
    box.hidden = false;
    const facts = el('dl', { class: 'facts' },
      el('dt', { text: t('decisions.subject') }), el('dd', { id: 'decision-subject', text: d.subjectId }),
      el('dt', { text: t('decisions.outcome') }), el('dd', { id: 'decision-outcome', text: d.outcome }),
      d.kind === 'FUNDING' ? [el('dt', { text: t('decisions.grant') }), el('dd', { id: 'decision-grant', text: WB.money(d.grantHkd) })] : [],
      d.level ? [el('dt', { text: t('decisions.level') }), el('dd', { text: d.level })] : [],
      el('dt', { text: t('decisions.asOf') }), el('dd', { text: d.asOf }),
      el('dt', { text: t('decisions.version') }), el('dd', { id: 'decision-version', text: d.rulesetVersion }),
      el('dt', { text: t('decisions.decidedAt') }), el('dd', { text: WB.time(d.decidedAt) }),
      el('dt', { text: t('decisions.decisionId') }), el('dd', { id: 'decision-id', text: d.decisionId }));
    const reasons = el('table', { class: 'plain', id: 'reasons' },
      el('caption', { class: 'muted', text: t('decisions.reasons') }),
      el('thead', {}, el('tr', {}, ['decisions.rule', 'decisions.effect', 'decisions.reasonEn', 'decisions.reasonZh'].map(k => el('th', { scope: 'col', text: t(k) })))),
      el('tbody', {}, (d.reasons || []).map(r => el('tr', {},
        el('td', { text: r.ruleId }), el('td', { text: r.effect }), el('td', { lang: 'en', text: r.message }), el('td', { lang: 'zh-Hant', text: r.messageZh })))));
    const replayLine = el('p', { id: 'replay-result', class: replay ? (replay.agrees ? 'ok' : 'error') : '' },
      replay ? (replay.agrees ? t('decisions.agrees', replay.rulesetVersion) : t('decisions.differs', replay.rulesetVersion, (replay.differences || []).join(', '))) : '');
    box.replaceChildren(el('h2', { text: t('decisions.title') + ' ' + d.subjectId }), facts,
      el('h3', { text: t('decisions.reasons') }), el('div', { class: 'table-scroll' }, reasons),
      el('div', { class: 'row' }, el('button', { type: 'button', id: 'replay', onclick: doReplay, text: t('decisions.replay') })), replayLine);
  }

  async function doReplay() {
    try {
      replay = (await WB.api('GET', '/api/v1/decisions/' + encodeURIComponent(shown.decisionId) + '/replay')).body;
      render();
    } catch (e) { WB.fail(e); }
  }

  async function lookup(id) {
    WB.say('');
    replay = null;
    try {
      if (UUID.test(id)) {
        shown = (await WB.api('GET', '/api/v1/decisions/' + encodeURIComponent(id))).body;
      } else {
        // by the applicant's id: the newest of its decisions
        const found = WB.list((await WB.api('GET', '/api/v1/decisions?subjectId=' + encodeURIComponent(id))).body, 'decisions');
        if (found.length === 0) throw new WB.ApiError(404, {});
        shown = found[0];
      }
      history.replaceState(null, '', '?id=' + encodeURIComponent(id));
      render();
    } catch (e) {
      shown = null;
      render();
      if (e.status === 404 && UUID.test(id)) WB.say(t('decisions.notFound'), 'error');
      else if (!UUID.test(id) && [400, 404, 405].includes(e.status)) WB.say(t('decisions.subjectUnsupported'), 'error');
      else WB.fail(e);
    }
  }

  document.addEventListener('DOMContentLoaded', () => {
    document.getElementById('lookup').addEventListener('submit', event => {
      event.preventDefault();
      lookup(document.getElementById('lookup-id').value.trim());
    });
    document.getElementById('decide').addEventListener('submit', async event => {
      event.preventDefault();
      WB.say('');
      try {
        const kind = document.getElementById('decide-kind').value;
        const answer = await WB.api('POST', '/api/v1/' + kind + '/decisions', document.getElementById('decide-input').value,
          { 'Content-Type': 'application/json' });
        shown = answer.body;
        replay = null;
        document.getElementById('lookup-id').value = shown.decisionId;
        render();
      } catch (e) {
        const errors = (e.problem && e.problem.errors) || [];
        WB.say(errors.length ? errors.map(x => x.field + ': ' + x.message).join('; ') : t('common.error', e.message), 'error');
      }
    });
    const id = WB.param('id');
    if (id) { document.getElementById('lookup-id').value = id; lookup(id); }
  });
  document.addEventListener('wb:lang', render);
})();
