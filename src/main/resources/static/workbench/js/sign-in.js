// The sign-in form: it carries the CSRF token from its cookie, and says why the last attempt failed.
(function () {
  function explain() {
    const query = new URLSearchParams(location.search);
    if (query.has('throttled')) WB.say(WB.t('signIn.throttled', query.get('retry') || 60), 'error');
    else if (query.has('error')) WB.say(WB.t('signIn.error'), 'error');
    else if (query.has('signed-out')) WB.say(WB.t('signIn.signedOut'), 'ok');
  }
  document.addEventListener('DOMContentLoaded', () => {
    const form = document.getElementById('sign-in');
    form.addEventListener('submit', () => { form.querySelector('input[name=_csrf]').value = WB.csrfToken(); });
    explain();
  });
  document.addEventListener('wb:lang', explain);
})();
